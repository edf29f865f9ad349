using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>Writes hostile image files for the limit tests: headers that lie about their size, cut and empty files.</summary>
public static class HostileImages
{
    /// <summary>
    /// A well-formed 8-bit RGB PNG (correct CRCs) whose IHDR says <paramref name="width"/>x<paramref name="height"/>.
    /// With <paramref name="rows"/> below the height the IDAT holds only that many zero rows (a bomb: a tiny file
    /// claiming a huge picture); with rows equal to the height it is a real, complete (black) image.
    /// </summary>
    public static string Png(string path, int width, int height, int rows)
    {
        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type RGB
        Chunk(file, "IHDR", ihdr);
        using (var idat = new MemoryStream())
        {
            using (var z = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + width * 3L]; // filter byte 0 and black pixels
                for (var y = 0; y < rows; y++) z.Write(row);
            }
            Chunk(file, "IDAT", idat.ToArray());
        }
        Chunk(file, "IEND", []);
        return path;
    }

    /// <summary>A copy of the JPEG at <paramref name="source"/> whose frame header (SOF) claims <paramref name="width"/>x<paramref name="height"/>.</summary>
    public static string JpegClaiming(string source, string path, ushort width, ushort height)
    {
        var bytes = File.ReadAllBytes(source);
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF) throw new InvalidDataException($"{source}: no JPEG marker at {i}");
            var marker = bytes[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), width);
                File.WriteAllBytes(path, bytes);
                return path;
            }
            i += 2 + length;
        }
        throw new InvalidDataException($"{source}: no SOF marker");
    }

    /// <summary>The first <paramref name="fraction"/> of the file at <paramref name="source"/>.</summary>
    public static string Truncated(string source, string path, double fraction)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(path, bytes.AsSpan(0, (int)(bytes.Length * fraction)).ToArray());
        return path;
    }

    /// <summary>A zero-byte file.</summary>
    public static string Empty(string path)
    {
        File.WriteAllBytes(path, []);
        return path;
    }

    /// <summary>A text file (under an image's name).</summary>
    public static string Text(string path)
    {
        File.WriteAllText(path, "this is a note, not a photo\n");
        return path;
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        s.Write(word);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        s.Write(word);
    }

    // PNG's CRC-32 (ISO 3309, reflected 0xEDB88320) over the chunk type and data.
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
