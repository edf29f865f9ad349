using System.CommandLine;
using System.Globalization;
using EdgeAgent.Audit;
using EdgeAgent.Configuration;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Plates;
using EdgeAgent.Watchlist;

namespace EdgeAgent.Cli;

/// <summary>
/// <c>edgeagent watchlist</c>: add, remove, list and export watchlist entries. Lists hold keyed hashes only, so
/// <c>list</c> and <c>export</c> show ids, hashes and reasons, never plates. One <c>add-KIND</c> verb per kind (faces
/// add <c>add-face</c>); <c>remove</c>, <c>list</c> and <c>export</c> cover every kind through <see cref="Session"/>.
/// </summary>
public static class WatchlistCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create() =>
        new("watchlist", "Manage the watchlists (stored as keyed hashes; changes go to the audit log)") { AddPlate(), Remove(), ListEntries(), Export(), AddFace(), Import() };

    private static Option<string> ByOption() => new("--by")
    {
        Description = "Who makes the change (recorded in the audit log); default cli:USER",
        DefaultValueFactory = _ => "cli:" + Environment.UserName,
    };

    private static Command AddPlate()
    {
        var plate = new Argument<string>("plate") { Description = "The plate, as written (Cyrillic or Latin; spaces and '-' ignored)" };
        var reason = new Option<string>("--reason") { Description = "Why it is listed (shown in list and match events)", Required = true };
        var by = ByOption();
        var cmd = new Command("add-plate", "Add a plate to the watchlist; prints the new entry's id") { plate, reason, by };
        cmd.SetAction(parse => Run(parse, create: true, session =>
        {
            string normalised;
            try
            {
                normalised = PlateWatchlist.Normalise(parse.GetValue(plate)!);
            }
            catch (ArgumentException ex)
            {
                return ExitCodes.Report(parse.InvocationConfiguration.Error, ex);
            }
            var count = session.Plates.Count;
            var entry = session.Plates.Add(normalised, parse.GetValue(reason)!, parse.GetValue(by)!);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(session.Plates.Count == count
                ? $"{entry.Id} already lists this plate (hash {entry.ShortHash}, reason: {entry.Reason})"
                : $"{entry.Id} added (hash {entry.ShortHash})");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command Remove()
    {
        var id = new Argument<string>("id") { Description = "Entry id, as 'watchlist list' shows it" };
        var by = ByOption();
        var cmd = new Command("remove", "Remove a watchlist entry by id") { id, by };
        cmd.SetAction(parse => Run(parse, create: false, session =>
        {
            var value = parse.GetValue(id)!;
            if (session.Plates.Remove(value, parse.GetValue(by)!) || session.Faces.Remove(value, parse.GetValue(by)!))
            {
                parse.InvocationConfiguration.Output.WriteLine($"{value} removed");
                return ExitCodes.Ok;
            }
            parse.InvocationConfiguration.Error.WriteLine($"no watchlist entry with id '{value}'");
            return ExitCodes.Failure;
        }));
        return cmd;
    }

    private static Command ListEntries()
    {
        var cmd = new Command("list", "List entries: id, kind, short hash, added, by, reason (never the plate)");
        cmd.SetAction(parse => Run(parse, create: false, session =>
        {
            var output = parse.InvocationConfiguration.Output;
            var entries = session.Entries();
            if (entries.Count == 0)
            {
                output.WriteLine("the watchlist is empty");
                return ExitCodes.Ok;
            }
            output.WriteLine($"{"ID",-12} {"KIND",-6} {"HASH",-12} {"ADDED (UTC)",-16} {"BY",-16} REASON");
            foreach (var e in entries)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{e.Id,-12} {e.Kind,-6} {e.ShortHash,-12} {e.CreatedAt.UtcDateTime,-16:yyyy-MM-dd HH:mm} {e.CreatedBy,-16} {e.Reason}"));
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command Export()
    {
        var file = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var faces = new Option<bool>("--faces") { Description = "Export the face list instead: descriptors only, signed with the fleet key (for 'watchlist import' on another device)" };
        var by = ByOption();
        var cmd = new Command("export", "Export entries as JSON lines (ids, hashes, reasons; never plates), or with --faces the signed face descriptors") { file, faces, by };
        cmd.SetAction(parse => Run(parse, create: false, session =>
        {
            using var buffer = new MemoryStream();
            if (parse.GetValue(faces)) session.Faces.Export(buffer, parse.GetValue(by)!);
            else session.Plates.Export(buffer);
            var path = parse.GetValue(file);
            if (path is null) parse.InvocationConfiguration.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            else File.WriteAllBytes(path, buffer.ToArray());
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command AddFace()
    {
        var images = new Argument<string[]>("image") { Description = "Photos of the person, one face each", Arity = ArgumentArity.OneOrMore };
        var id = new Option<string>("--id") { Description = "Entry id (letters, digits, '-', '_', '.')", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var category = new Option<string>("--category") { Description = "Category (wanted, missing, staff...)", DefaultValueFactory = _ => "watch" };
        var threshold = new Option<float?>("--threshold") { Description = "Cosine threshold for this entry (default: the list's)" }
            .Must(v => v is null or (> 0 and <= 1), "must be above 0 and at most 1");
        var by = ByOption();
        var cmd = new Command("add-face", "Add a person from one or more photos (each must show exactly one face); stores descriptors, never the photos") { images, id, name, category, threshold, by };
        cmd.SetAction(parse => FaceCommand.WithAnalyzer(parse, (options, analyzer) =>
        {
            var error = parse.InvocationConfiguration.Error;
            // Every photo is checked before the list is opened, so a bad photo changes nothing.
            var descriptors = new List<float[]>();
            foreach (var path in parse.GetValue(images)!)
            {
                try
                {
                    descriptors.Add(FaceCommand.EnrolmentDescriptor(analyzer, path, options.Limits.Images));
                }
                catch (Exception ex) when (ex is InvalidDataException or FacePhotoException)
                {
                    error.WriteLine(ex.Message + "; nothing added");
                    return ExitCodes.Failure;
                }
            }
            return Run(parse, create: true, session =>
            {
                try
                {
                    var entry = session.Faces.Add(parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(category)!, analyzer.Descriptor.ModelId, descriptors, parse.GetValue(by)!, parse.GetValue(threshold));
                    parse.InvocationConfiguration.Output.WriteLine($"{entry.Id} added ({descriptors.Count} descriptor(s), {entry.Model})");
                    return ExitCodes.Ok;
                }
                catch (ArgumentException ex)
                {
                    return ExitCodes.Report(error, ex);
                }
            });
        }));
        return cmd;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "A file written by 'watchlist export --faces' on a device of the same fleet" };
        var by = ByOption();
        var cmd = new Command("import", "Import a signed face export (checks signature, model and dimension first; on any problem nothing changes)") { file, by };
        cmd.SetAction(parse => Run(parse, create: true, session =>
        {
            var path = parse.GetValue(file)!;
            var (added, skipped) = session.Faces.Import(File.ReadAllBytes(path), path, FaceCommand.DescriptorModel, FaceCommand.DescriptorDimension, parse.GetValue(by)!);
            parse.InvocationConfiguration.Output.WriteLine($"{added} face entr{(added == 1 ? "y" : "ies")} imported, {skipped} already present");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static int Run(ParseResult parse, bool create, Func<Session, int> action)
    {
        var error = parse.InvocationConfiguration.Error;
        var options = CommonOptions.LoadConfig(parse, error);
        if (options is null) return ExitCodes.Config;
        var stateDir = options.ResolvePath(options.Device.StateDir);
        if (!create && options.Watchlist.Key is null && !File.Exists(WatchlistKey.PathIn(stateDir)))
        {
            parse.InvocationConfiguration.Output.WriteLine("the watchlist is empty (no key yet)");
            return ExitCodes.Ok;
        }
        try
        {
            if (create) StateDirectory.Ensure(stateDir);
            using var session = Session.Open(stateDir, options.Watchlist, create);
            return action(session);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            return ExitCodes.Report(error, ex);
        }
    }

    /// <summary>The open lists and audit log of one state folder, for the duration of one command.</summary>
    internal sealed class Session : IDisposable
    {
        private Session(AuditLog audit, PlateWatchlist plates, FaceWatchlist faces)
        {
            Audit = audit;
            Plates = plates;
            Faces = faces;
        }

        /// <summary>The face list.</summary>
        public FaceWatchlist Faces { get; }

        /// <summary>The audit log changes are written to.</summary>
        public AuditLog Audit { get; }

        /// <summary>The plate list.</summary>
        public PlateWatchlist Plates { get; }

        /// <summary>Opens the key, audit log and lists of <paramref name="stateDir"/>.</summary>
        public static Session Open(string stateDir, WatchlistOptions options, bool create)
        {
            var key = WatchlistKey.Load(stateDir, options.Key, create);
            var audit = AuditLog.Open(AuditLog.PathIn(stateDir));
            try
            {
                var plates = new PlateWatchlist(WatchlistDatabase.PathIn(stateDir), key, audit);
                return new Session(audit, plates, new FaceWatchlist(WatchlistDatabase.PathIn(stateDir), key, FaceResDescriptor.DefaultThreshold, FaceWatchlist.DefaultMargin, audit));
            }
            catch
            {
                audit.Dispose();
                throw;
            }
        }

        /// <summary>Entries of every kind, oldest first.</summary>
        public IReadOnlyList<WatchlistEntry> Entries()
        {
            var all = new List<WatchlistEntry>(Plates.List());
            foreach (var f in Faces.List()) all.Add(Faces.Summary(f));
            all.Sort(static (a, b) => a.CreatedAt.CompareTo(b.CreatedAt));
            return all;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Faces.Dispose();
            Plates.Dispose();
            Audit.Dispose();
        }
    }
}
