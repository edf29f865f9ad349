namespace EdgeAgent.Cli;

/// <summary>Process exit codes, distinct so scripts and systemd can tell a typo from a broken device.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A runtime failure (stream, broker, disk) the command could not get past.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The configuration file is missing, unreadable or invalid.</summary>
    public const int Config = 3;

    /// <summary>A verification failed (a model file, a signature, a check).</summary>
    public const int Verification = 4;

    /// <summary>
    /// Prints the message of a failure a verb expected and returns its code. The technician gets one line, not a stack
    /// trace; which exceptions a verb expects stays with its catch, only their codes are decided here.
    /// </summary>
    public static int Report(TextWriter error, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(ex);
        error.WriteLine(ex.Message);
        return ex switch
        {
            Models.ModelException => Verification,
            Configuration.ConfigException => Config,
            // A bad value the user typed (a plate, a grammar id, an entry id).
            ArgumentException => Usage,
            _ => Failure,
        };
    }
}
