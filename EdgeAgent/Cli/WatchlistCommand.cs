using System.CommandLine;
using System.Globalization;
using EdgeAgent.Configuration;
using EdgeAgent.Control.Audit;
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
    public static Command Create()
    {
        var command = new Command("watchlist", "Manage the watchlists (stored as keyed hashes; changes go to the audit log)");
        command.Subcommands.Add(AddPlate());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(ListEntries());
        command.Subcommands.Add(Export());
        return command;
    }

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
        var cmd = new Command("add-plate", "Add a plate to the watchlist; prints the new entry's id");
        cmd.Arguments.Add(plate);
        cmd.Options.Add(reason);
        cmd.Options.Add(by);
        cmd.SetAction(parse => Run(parse, create: true, session =>
        {
            string normalised;
            try
            {
                normalised = PlateWatchlist.Normalise(parse.GetValue(plate)!);
            }
            catch (ArgumentException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.Usage;
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
        var cmd = new Command("remove", "Remove a watchlist entry by id");
        cmd.Arguments.Add(id);
        cmd.Options.Add(by);
        cmd.SetAction(parse => Run(parse, create: false, session =>
        {
            var value = parse.GetValue(id)!;
            if (session.Plates.Remove(value, parse.GetValue(by)!))
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
        var cmd = new Command("export", "Export entries as JSON lines (ids, hashes, reasons; never plates)");
        cmd.Options.Add(file);
        cmd.SetAction(parse => Run(parse, create: false, session =>
        {
            using var buffer = new MemoryStream();
            session.Plates.Export(buffer);
            var path = parse.GetValue(file);
            if (path is null) parse.InvocationConfiguration.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            else File.WriteAllBytes(path, buffer.ToArray());
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
            using var session = Session.Open(stateDir, options.Watchlist, create);
            return action(session);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The open lists and audit log of one state folder, for the duration of one command.</summary>
    internal sealed class Session : IDisposable
    {
        private Session(AuditLog audit, PlateWatchlist plates)
        {
            Audit = audit;
            Plates = plates;
        }

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
                return new Session(audit, new PlateWatchlist(WatchlistDatabase.PathIn(stateDir), key, audit));
            }
            catch
            {
                audit.Dispose();
                throw;
            }
        }

        /// <summary>Entries of every kind, oldest first.</summary>
        public IReadOnlyList<WatchlistEntry> Entries() => Plates.List();

        /// <inheritdoc />
        public void Dispose()
        {
            Plates.Dispose();
            Audit.Dispose();
        }
    }
}
