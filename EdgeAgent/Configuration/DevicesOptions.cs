using System.Globalization;

namespace EdgeAgent.Configuration;

/// <summary>Optional hardware in the enclosure; a part left out of the config is not used.</summary>
public sealed record DevicesOptions
{
    /// <summary>The lid switch, or null.</summary>
    public TamperOptions? Tamper { get; init; }

    /// <summary>The status LED, or null.</summary>
    public LedOptions? Led { get; init; }

    /// <summary>The enclosure climate sensor, or null.</summary>
    public Bme280Options? Bme280 { get; init; }

    internal static DevicesOptions Read(ConfigMap m) => new()
    {
        Tamper = m.Has("tamper") ? m.Map("tamper", TamperOptions.Read) : null,
        Led = m.Has("led") ? m.Map("led", LedOptions.Read) : null,
        Bme280 = m.Has("bme280") ? m.Map("bme280", Bme280Options.Read) : null,
    };
}

/// <summary>A tamper (lid) switch on a GPIO input.</summary>
public sealed record TamperOptions
{
    /// <summary>GPIO chip number (<c>/dev/gpiochipN</c>).</summary>
    public int Chip { get; init; }

    /// <summary>Line (pin) number on that chip.</summary>
    public int Pin { get; init; }

    /// <summary>True when the input reads low while tampered (a switch to ground with a pull-up).</summary>
    public bool ActiveLow { get; init; } = true;

    /// <summary>How long the input must stay put before a change counts (contacts bounce).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    internal static TamperOptions Read(ConfigMap m) => new()
    {
        Chip = m.Whole("chip", 0, 0, 64),
        Pin = m.Whole("pin", 0, 0, 1023),
        ActiveLow = m.Flag("active_low", true),
        Debounce = m.Duration("debounce", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5)),
    };
}

/// <summary>A status LED on a GPIO output.</summary>
public sealed record LedOptions
{
    /// <summary>GPIO chip number.</summary>
    public int Chip { get; init; }

    /// <summary>Line (pin) number on that chip.</summary>
    public int Pin { get; init; }

    internal static LedOptions Read(ConfigMap m) => new()
    {
        Chip = m.Whole("chip", 0, 0, 64),
        Pin = m.Whole("pin", 0, 0, 1023),
    };
}

/// <summary>A BME280 on an I2C bus.</summary>
public sealed record Bme280Options
{
    /// <summary>I2C bus number (<c>/dev/i2c-N</c>).</summary>
    public int Bus { get; init; } = 1;

    /// <summary>7-bit device address: 0x76 (SDO low) or 0x77 (SDO high).</summary>
    public int Address { get; init; } = 0x76;

    internal static Bme280Options Read(ConfigMap m)
    {
        var o = new Bme280Options { Bus = m.Whole("bus", 1, 0, 64) };
        var text = m.Text("address");
        if (text is null) return o;
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        if (!int.TryParse(hex ? text[2..] : text, hex ? NumberStyles.HexNumber : NumberStyles.Integer, CultureInfo.InvariantCulture, out var address)
            || address is < 0x03 or > 0x77)
        {
            m.Error("address", $"'{text}' is not a 7-bit I2C address (for a BME280: 0x76 or 0x77)");
            return o;
        }
        return o with { Address = address };
    }
}
