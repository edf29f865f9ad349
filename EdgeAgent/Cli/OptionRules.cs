using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using EdgeAgent.Configuration;

namespace EdgeAgent.Cli;

/// <summary>
/// Value rules declared once on an option, checked by the parser: a value that breaks one is a parse error, so the verb
/// never runs, the message names the option and the value, and the exit code is <see cref="ExitCodes.Usage"/>.
/// </summary>
internal static class OptionRules
{
    /// <summary>Most simulated devices one CLI process opens connections for (each is a socket and a task).</summary>
    public const int MaxSimulatedDevices = 10_000;

    /// <summary>The value must be 0 or more.</summary>
    public static Option<T> NonNegative<T>(this Option<T> option) where T : INumber<T> =>
        option.Must(v => v >= T.Zero, "must be 0 or more");

    /// <summary>The value, when given, must be 0 or more.</summary>
    public static Option<T?> NonNegative<T>(this Option<T?> option) where T : struct, INumber<T> =>
        option.Must(v => v is not { } x || x >= T.Zero, "must be 0 or more");

    /// <summary>A duration in seconds: above 0 and at most <see cref="MaxSeconds"/>.</summary>
    public static Option<double> Seconds(this Option<double> option) => option.AboveAndAtMost(0, MaxSeconds);

    /// <summary>A duration in seconds, when given: above 0 and at most <see cref="MaxSeconds"/>.</summary>
    public static Option<double?> Seconds(this Option<double?> option) => option.AboveAndAtMost(0, MaxSeconds);

    /// <summary>The value must be above 0.</summary>
    public static Option<T> Positive<T>(this Option<T> option) where T : INumber<T> =>
        option.Must(v => v > T.Zero, "must be above 0");

    /// <summary>The value, when given, must be above 0.</summary>
    public static Option<T?> Positive<T>(this Option<T?> option) where T : struct, INumber<T> =>
        option.Must(v => v is not { } x || x > T.Zero, "must be above 0");

    /// <summary>The value must lie within <paramref name="min"/>..<paramref name="max"/>, both included.</summary>
    public static Option<T> InRange<T>(this Option<T> option, T min, T max) where T : INumber<T> =>
        option.Must(v => v >= min && v <= max, string.Create(CultureInfo.InvariantCulture, $"must be within {min}..{max}"));

    /// <summary>The value must be above <paramref name="min"/> and at most <paramref name="max"/>.</summary>
    public static Option<T> AboveAndAtMost<T>(this Option<T> option, T min, T max) where T : INumber<T> =>
        option.Must(v => v > min && v <= max, string.Create(CultureInfo.InvariantCulture, $"must be above {min} and at most {max}"));

    /// <summary>The value, when given, must be above <paramref name="min"/> and at most <paramref name="max"/>.</summary>
    public static Option<T?> AboveAndAtMost<T>(this Option<T?> option, T min, T max) where T : struct, INumber<T> =>
        option.Must(v => v is not { } x || (x > min && x <= max), string.Create(CultureInfo.InvariantCulture, $"must be above {min} and at most {max}"));

    /// <summary>Longest time in seconds a timeout or duration option takes: a day, far below what TimeSpan overflows at.</summary>
    public const double MaxSeconds = 86_400;

    /// <summary>
    /// The value, when given, must be usable as one MQTT topic level: no wildcard (<c>+</c>, <c>#</c>), separator or
    /// control character, which would widen a subscription or publish into another device's tree.
    /// </summary>
    public static Option<string?> TopicLevel(this Option<string?> option) =>
        option.Must(v => v is null || DeviceOptions.IsTopicSegment(v), DeviceOptions.TopicSegmentRule);

    /// <summary>Adds a validator: when <paramref name="ok"/> is false the parse fails with "NAME VALUE: RULE".</summary>
    public static Option<T> Must<T>(this Option<T> option, Func<T, bool> ok, string rule)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(ok);
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // The text did not convert (--seconds abc): the parser reports that itself, naming the option.
                return;
            }
            if (!ok(value)) result.AddError($"{option.Name} {Show(value)}: {rule}");
        });
        return option;
    }

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        string s => $"'{Printable(s)}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Control characters shown as escapes, so an error line cannot move the cursor or clear the terminal.</summary>
    private static string Printable(string s) =>
        string.Concat(s.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
}
