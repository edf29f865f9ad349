using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EdgeAgent.Control.Bundles;

namespace EdgeAgent.Tests.Control.Bundles;

/// <summary>One tar entry of a hand-made bundle: a regular file (bytes, or that many zeros) or a link.</summary>
internal sealed record TarItem(string Name, byte[]? Data = null, long Zeros = 0, TarEntryType Type = TarEntryType.RegularFile, string? LinkTo = null);

/// <summary>Builds bundles no honest maintainer packs: gzip bombs, lying manifests, links, traversal, odd sizes and versions.</summary>
internal static class HostileBundles
{
    /// <summary>A manifest JSON object for a watchlist bundle, with <paramref name="files"/> as (name, size, sha256) written as given.</summary>
    public static JsonObject Manifest(string version, params (string Name, JsonNode? Size, string Sha256)[] files)
    {
        var list = new JsonArray();
        foreach (var (name, size, sha) in files)
        {
            var o = new JsonObject { ["name"] = name, ["sha256"] = sha };
            if (size is not null) o["size"] = size;
            list.Add(o);
        }
        return new JsonObject
        {
            ["format"] = 1,
            ["kind"] = "watchlist",
            ["id"] = "national",
            ["version"] = version,
            ["min_agent_version"] = "0.0.0",
            ["target_models"] = new JsonArray(),
            ["created"] = "2026-12-01T00:00:00Z",
            ["files"] = list,
        };
    }

    /// <summary>The manifest entries, signed with the key at <paramref name="privateKey"/> (none when null), ahead of <paramref name="rest"/>.</summary>
    public static List<TarItem> Signed(string manifestJson, string? privateKey, params TarItem[] rest)
    {
        var bytes = Encoding.UTF8.GetBytes(manifestJson);
        var items = new List<TarItem> { new("manifest.json", bytes) };
        if (privateKey is not null)
        {
            using var key = SigningKeys.Load(privateKey);
            items.Add(new("manifest.sig", Encoding.ASCII.GetBytes(Convert.ToBase64String(key.SignData(bytes, HashAlgorithmName.SHA256)) + "\n")));
        }
        items.AddRange(rest);
        return items;
    }

    /// <summary>Writes the entries as a tar.gz to <paramref name="path"/>; zero-filled entries are streamed, never held in memory.</summary>
    public static string Write(string path, IEnumerable<TarItem> items)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Optimal);
        using var tar = new TarWriter(gz, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var item in items)
        {
            var entry = new PaxTarEntry(item.Type, item.Name);
            if (item.LinkTo is not null) entry.LinkName = item.LinkTo;
            if (item.Type is TarEntryType.RegularFile) entry.DataStream = item.Data is not null ? new MemoryStream(item.Data) : new ZeroStream(item.Zeros);
            tar.WriteEntry(entry);
        }
        return path;
    }

    /// <summary>The sha256 of <paramref name="count"/> zero bytes.</summary>
    public static string ZerosSha256(long count)
    {
        using var zeros = new ZeroStream(count);
        return Convert.ToHexStringLower(SHA256.HashData(zeros));
    }

    /// <summary>A seekable stream of zeros of a set length, so a 64 MB entry costs no memory.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            if (n <= 0) return 0;
            Array.Clear(buffer, offset, n);
            Position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Samples, while it runs, the bytes held in files under a folder, and keeps the peak: what a refused bundle cost the disk.</summary>
internal sealed class FolderPeak : IDisposable
{
    private readonly string _root;
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public FolderPeak(string root)
    {
        _root = root;
        Directory.CreateDirectory(root);
        // A thread of its own, not the pool: the code measured may hold pool threads, and a missed sample hides a write.
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "folder-peak" };
        _thread.Start();
    }

    /// <summary>Bytes there now.</summary>
    public long Now => Measure();

    private void Sample()
    {
        var n = Measure();
        if (n > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, n);
    }

    private long Measure()
    {
        long total = 0;
        try
        {
            foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
            {
                try
                {
                    total += new FileInfo(path).Length;
                }
                catch (IOException)
                {
                    // Deleted between listing and measuring.
                }
            }
        }
        catch (IOException)
        {
            // A staging folder removed while listed.
        }
        return total;
    }

    /// <summary>Stops sampling after a last sample; returns the most bytes seen at once.</summary>
    public long Stop()
    {
        _stop = true;
        _thread.Join();
        Sample();
        return Interlocked.Read(ref _peak);
    }

    public void Dispose()
    {
        if (!_stop) Stop();
    }
}
