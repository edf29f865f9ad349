using System.Buffers.Binary;
using System.Device.I2c;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// A BME280 on a simulated I2C bus, behind the library's own <see cref="I2cDevice"/> abstraction: the chip's register
/// map (chip id 0x60 at 0xD0, calibration words at 0x88-0xA1 and 0xE1-0xE7, control registers, raw data at 0xF7-0xFE).
/// The raw ADC values are found by inverting the datasheet's compensation formulas for the calibration set here, so
/// the binding, compensating in its own way, must read back the chosen temperature, pressure and humidity.
/// </summary>
public sealed class SimulatedBme280 : I2cDevice
{
    // Calibration words: the BMP280 datasheet's worked example for T and P; typical production values for H.
    private const ushort T1 = 27504;
    private const short T2 = 26435;
    private const short T3 = -1000;
    private const ushort P1 = 36477;
    private const short P2 = -10685;
    private const short P3 = 3024;
    private const short P4 = 2855;
    private const short P5 = 140;
    private const short P6 = -7;
    private const short P7 = 15500;
    private const short P8 = -14600;
    private const short P9 = 6000;
    private const byte H1 = 75;
    private const short H2 = 362;
    private const byte H3 = 0;
    private const short H4 = 313;
    private const short H5 = 50;
    private const sbyte H6 = 30;

    private readonly byte[] _registers = new byte[256];
    private byte _pointer;

    /// <summary>A sensor at <paramref name="address"/> on <paramref name="bus"/> reading the given climate.</summary>
    public SimulatedBme280(double celsius, double hectopascals, double humidityPercent, int bus = 1, int address = 0x76)
    {
        ConnectionSettings = new I2cConnectionSettings(bus, address);
        _registers[0xD0] = 0x60;
        WriteWords(0x88, unchecked([T1, (ushort)T2, (ushort)T3, P1, (ushort)P2, (ushort)P3, (ushort)P4, (ushort)P5, (ushort)P6, (ushort)P7, (ushort)P8, (ushort)P9]));
        _registers[0xA1] = H1;
        BinaryPrimitives.WriteInt16LittleEndian(_registers.AsSpan(0xE1), H2);
        _registers[0xE3] = H3;
        _registers[0xE4] = (byte)(H4 >> 4);
        _registers[0xE5] = (byte)((H4 & 0x0F) | ((H5 & 0x0F) << 4));
        _registers[0xE6] = (byte)(H5 >> 4);
        _registers[0xE7] = (byte)H6;
        SetClimate(celsius, hectopascals, humidityPercent);
    }

    /// <inheritdoc />
    public override I2cConnectionSettings ConnectionSettings { get; }

    /// <summary>How many measurements the binding started (writes of forced mode to ctrl_meas).</summary>
    public int ForcedMeasurements { get; private set; }

    /// <summary>Reads a register as the chip holds it (for checking the configuration the binding wrote).</summary>
    public byte Register(int address) => _registers[address];

    /// <summary>Changes the chip id register (to present a different part of the family).</summary>
    public void PokeChipId(byte id) => _registers[0xD0] = id;

    /// <summary>When true, every transfer fails as on a bus with nothing attached.</summary>
    public bool Unplugged { get; set; }

    /// <summary>Sets the raw data registers so that compensation yields the given values.</summary>
    public void SetClimate(double celsius, double hectopascals, double humidityPercent)
    {
        var adcT = Search(0, (1 << 20) - 1, t => TemperatureOf(t).Celsius, celsius);
        var tFine = TemperatureOf(adcT).Fine;
        // Pressure falls as the raw value rises, so search on its negation.
        var adcP = Search(0, (1 << 20) - 1, p => -PressureOf(p, tFine), -hectopascals * 100);
        var adcH = Search(0, 0xFFFF, h => HumidityOf(h, tFine), humidityPercent);
        Write20(0xF7, adcP);
        Write20(0xFA, adcT);
        BinaryPrimitives.WriteUInt16BigEndian(_registers.AsSpan(0xFD), (ushort)adcH);
    }

    /// <summary>Datasheet temperature compensation (floating-point form): °C and t_fine.</summary>
    public static (double Celsius, int Fine) TemperatureOf(int adcT)
    {
        var var1 = (adcT / 16384.0 - T1 / 1024.0) * T2;
        var var2 = (adcT / 131072.0 - T1 / 8192.0) * (adcT / 131072.0 - T1 / 8192.0) * T3;
        return ((var1 + var2) / 5120.0, (int)(var1 + var2));
    }

    /// <summary>Datasheet pressure compensation (64-bit integer form), in pascals.</summary>
    public static double PressureOf(int adcP, int tFine)
    {
        long var1 = tFine - 128000L;
        var var2 = var1 * var1 * P6;
        var2 += (var1 * P5) << 17;
        var2 += (long)P4 << 35;
        var1 = ((var1 * var1 * P3) >> 8) + ((var1 * P2) << 12);
        var1 = (((1L << 47) + var1) * P1) >> 33;
        if (var1 == 0) return 0;
        long p = 1048576 - adcP;
        p = ((p << 31) - var2) * 3125 / var1;
        var1 = (P9 * (p >> 13) * (p >> 13)) >> 25;
        var2 = (P8 * p) >> 19;
        p = ((p + var1 + var2) >> 8) + ((long)P7 << 4);
        return p / 256.0;
    }

    /// <summary>Datasheet humidity compensation (floating-point form), in percent.</summary>
    public static double HumidityOf(int adcH, int tFine)
    {
        var h = tFine - 76800.0;
        h = (adcH - (H4 * 64.0 + H5 / 16384.0 * h)) * (H2 / 65536.0 * (1.0 + H6 / 67108864.0 * h * (1.0 + H3 / 67108864.0 * h)));
        h *= 1.0 - H1 * h / 524288.0;
        return Math.Clamp(h, 0, 100);
    }

    /// <inheritdoc />
    public override byte ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        Read(one);
        return one[0];
    }

    /// <inheritdoc />
    public override void Read(Span<byte> buffer)
    {
        ThrowIfUnplugged();
        // Reads auto-increment the register pointer, as on the chip.
        for (var i = 0; i < buffer.Length; i++) buffer[i] = _registers[_pointer++];
    }

    /// <inheritdoc />
    public override void WriteByte(byte value)
    {
        ThrowIfUnplugged();
        _pointer = value;
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfUnplugged();
        if (buffer.Length == 0) return;
        _pointer = buffer[0];
        // A longer write is register/value pairs (datasheet 6.2.1).
        for (var i = 0; i + 1 < buffer.Length; i += 2) StoreRegister(buffer[i], buffer[i + 1]);
    }

    /// <inheritdoc />
    public override void WriteRead(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        Write(writeBuffer);
        Read(readBuffer);
    }

    private void StoreRegister(byte register, byte value)
    {
        switch (register)
        {
            case 0xE0 when value == 0xB6:
                _registers[0xF2] = _registers[0xF4] = _registers[0xF5] = 0;
                break;
            case 0xF4:
                // Forced mode (01 or 10) measures once and falls back to sleep, as the chip does.
                if ((value & 0b11) is 0b01 or 0b10)
                {
                    ForcedMeasurements++;
                    value &= 0b1111_1100;
                }
                _registers[0xF4] = value;
                break;
            case 0xF2 or 0xF5:
                _registers[register] = value;
                break;
            default:
                throw new IOException($"BME280 register 0x{register:x2} is read-only");
        }
    }

    private void ThrowIfUnplugged()
    {
        if (Unplugged) throw new IOException("Error 121 performing I2C data transfer (remote I/O error: no device answered)");
    }

    private void WriteWords(int start, ushort[] words)
    {
        for (var i = 0; i < words.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(_registers.AsSpan(start + 2 * i), words[i]);
    }

    private void Write20(int start, int value)
    {
        _registers[start] = (byte)(value >> 12);
        _registers[start + 1] = (byte)(value >> 4);
        _registers[start + 2] = (byte)((value & 0xF) << 4);
    }

    /// <summary>The raw value in [lo, hi] whose compensated value is nearest the target (f rises with the raw value).</summary>
    private static int Search(int lo, int hi, Func<int, double> f, double target)
    {
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (f(mid) < target) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && Math.Abs(f(lo - 1) - target) < Math.Abs(f(lo) - target) ? lo - 1 : lo;
    }
}
