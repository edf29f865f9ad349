using System.Text.Json;
using EdgeAgent.Common;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// Opens the signed bundle a model.update or watchlist.sync request names: inline base64, a completed chunked transfer
/// or an https:// URL, verified against the pinned signing key.
/// </summary>
internal sealed class BundleSource(AgentOptions options, ChunkedTransfers transfers)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>The refusal text when a request names no bundle, null when it names one.</summary>
    public static string? MissingField(JsonElement request) =>
        CommandFields.Has(request, "bundle", JsonValueKind.String) || CommandFields.Has(request, "url", JsonValueKind.String) || CommandFields.Has(request, "transfer", JsonValueKind.String)
            ? null
            : "field 'bundle' (base64 tar.gz), 'url' (https://) or 'transfer' (id of a complete bundle.chunk transfer) is missing";

    /// <summary>Opens and verifies the bundle of <paramref name="request"/>; throws <see cref="BundleException"/> when it cannot.</summary>
    public async Task<SignedBundle> OpenAsync(JsonElement request, CancellationToken ct)
    {
        var keyPath = options.SigningKeyPath;
        if (!File.Exists(keyPath)) throw new BundleException(BundleError.BadSignature, $"no pinned update-signing key at {keyPath}; run 'edgeagent provision --signing-key PUB' or set updates.signing_key");
        using var key = SigningKeys.Load(keyPath);
        var staging = Path.Combine(options.StateDir, "staging");
        StateFiles.CreateDirectory(staging);
        if (request.TryGetProperty("bundle", out var b) && b.ValueKind == JsonValueKind.String)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(b.GetString()!);
            }
            catch (FormatException)
            {
                throw new BundleException(BundleError.Malformed, "field 'bundle' is not base64");
            }
            using var ms = new MemoryStream(bytes, writable: false);
            return SignedBundle.Open(ms, key, staging);
        }
        if (request.TryGetProperty("transfer", out var tr) && tr.ValueKind == JsonValueKind.String)
        {
            var id = tr.GetString()!;
            var path = transfers.CompletedPath(id);
            try
            {
                await using var input = File.OpenRead(path);
                return SignedBundle.Open(input, key, staging);
            }
            finally
            {
                // Used once, accepted or refused: a refused bundle is sent again, never retried from what is on disk.
                transfers.Remove(id);
            }
        }
        return await DownloadAsync(request.GetProperty("url").GetString()!, key, staging, ct).ConfigureAwait(false);
    }

    private static async Task<SignedBundle> DownloadAsync(string url, System.Security.Cryptography.ECDsa key, string staging, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new BundleException(BundleError.Malformed, $"url '{url}' is not https:// (bundles are fetched over TLS only)");
        }
        var download = Path.Combine(staging, "download-" + Guid.NewGuid().ToString("n") + ".tar.gz");
        try
        {
            using (var response = await Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false))
            {
                response.EnsureSuccessStatusCode();
                if (response.Content.Headers.ContentLength > SignedBundle.MaxBytes) throw new BundleException(BundleError.Malformed, $"{url}: larger than the bundle limit");
                await using var file = StateFiles.CreateFile(download);
                await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                // A server that sends no length (or lies about it) is cut at the limit, not after filling the disk.
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    total += n;
                    if (total > SignedBundle.MaxBytes) throw new BundleException(BundleError.Malformed, $"{url}: larger than the {SignedBundle.MaxBytes}-byte bundle limit; download stopped");
                    await file.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                }
            }
            await using var input = File.OpenRead(download);
            return SignedBundle.Open(input, key, staging);
        }
        catch (HttpRequestException ex)
        {
            throw new BundleException(BundleError.Malformed, $"cannot fetch {url}: {ex.Message}");
        }
        finally
        {
            File.Delete(download);
        }
    }
}
