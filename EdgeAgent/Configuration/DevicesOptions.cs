using System.Globalization;
using System.Text.Json.Nodes;

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

    /// <summary>The <c>devices:</c> keys; a part left out is not used.</summary>
    internal static readonly OptionTable<DevicesOptions> Table = new OptionTable<DevicesOptions>("Optional hardware in the enclosure; a part left out of the config is not used.")
        .OptionalSection("tamper", (o, v) => o with { Tamper = v }, TamperOptions.Table)
        .OptionalSection("led", (o, v) => o with { Led = v }, LedOptions.Table)
        .OptionalSection("bme280", (o, v) => o with { Bme280 = v }, Bme280Options.Table);
}

/// <summary>A tamper (lid) switch on a GPIO input.</summary>
public sealed record TamperOptions
{
    public int Chip { get; init; }

    public int Pin { get; init; }

    public bool ActiveLow { get; init; } = true;

    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The <c>devices.tamper:</c> keys.</summary>
    internal static readonly OptionTable<TamperOptions> Table = new OptionTable<TamperOptions>("A tamper (lid) switch on a GPIO input.")
        .Whole("chip", o => o.Chip, (o, v) => o with { Chip = v }, 0, 64, "GPIO chip number (/dev/gpiochipN).")
        .Whole("pin", o => o.Pin, (o, v) => o with { Pin = v }, 0, 1023, "Line (pin) number on that chip.")
        .Flag("active_low", o => o.ActiveLow, (o, v) => o with { ActiveLow = v }, "True when the input reads low while tampered (a switch to ground with a pull-up).")
        .Duration("debounce", o => o.Debounce, (o, v) => o with { Debounce = v }, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5), "How long the input must stay put before a change counts (contacts bounce).");
}

/// <summary>A status LED on a GPIO output.</summary>
public sealed record LedOptions
{
    public int Chip { get; init; }

    public int Pin { get; init; }

    /// <summary>The <c>devices.led:</c> keys.</summary>
    internal static readonly OptionTable<LedOptions> Table = new OptionTable<LedOptions>("A status LED on a GPIO output.")
        .Whole("chip", o => o.Chip, (o, v) => o with { Chip = v }, 0, 64, "GPIO chip number.")
        .Whole("pin", o => o.Pin, (o, v) => o with { Pin = v }, 0, 1023, "Line (pin) number on that chip.");
}

/// <summary>A BME280 on an I2C bus.</summary>
public sealed record Bme280Options
{
    public int Bus { get; init; } = 1;

    public int Address { get; init; } = 0x76;

    /// <summary>The <c>devices.bme280:</c> keys.</summary>
    internal static readonly OptionTable<Bme280Options> Table = new OptionTable<Bme280Options>("A BME280 on an I2C bus.")
        .Whole("bus", o => o.Bus, (o, v) => o with { Bus = v }, 0, 64, "I2C bus number (/dev/i2c-N).")
        .Custom("address", static (m, o) =>
        {
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
        }, OptionSchema.Scalar(new JsonObject { ["anyOf"] = new JsonArray(OptionSchema.Whole(0x03, 0x77), new JsonObject { ["type"] = "string", ["pattern"] = "^0[xX][0-7]?[0-9a-fA-F]$" }) }, ""),
            "7-bit device address: 0x76 (SDO low) or 0x77 (SDO high).");
}
