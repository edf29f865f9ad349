using System.Globalization;
using SkiaSharp;

namespace EdgeAgent.Imaging;

/// <summary>What a drawn polygon is, which decides its colour and stroke.</summary>
public enum OverlayKind
{
    /// <summary>An analysis zone (entries, loitering, crowds).</summary>
    Zone,

    /// <summary>A motion or detection mask: nothing there is analysed.</summary>
    Mask,

    /// <summary>A left-object zone.</summary>
    LeftZone,

    /// <summary>A left-object exclusion.</summary>
    Exclusion,
}

/// <summary>A named polygon to draw, vertices in normalised 0..1 frame coordinates as the config writes them.</summary>
public sealed record OverlayPolygon(string Name, IReadOnlyList<(double X, double Y)> Points, OverlayKind Kind);

/// <summary>A named counting line to draw from A to B, in normalised 0..1 frame coordinates.</summary>
public sealed record OverlayLine(string Name, (double X, double Y) A, (double X, double Y) B);

/// <summary>A detection box in frame pixels with its caption (label and score).</summary>
public sealed record OverlayBox(BoxF Box, string Label, float Score);

/// <summary>A track in frame pixels: its id, current box and recent foot points, oldest first.</summary>
public sealed record OverlayTrack(long Id, BoxF Box, IReadOnlyList<(float X, float Y)> Trail);

/// <summary>Everything drawn on one frame; the lists are empty when there is nothing of that kind.</summary>
public sealed class Annotation
{
    /// <summary>Zones, masks, left-object zones and exclusions.</summary>
    public List<OverlayPolygon> Polygons { get; } = [];

    /// <summary>Counting lines.</summary>
    public List<OverlayLine> Lines { get; } = [];

    /// <summary>Detections of the frame.</summary>
    public List<OverlayBox> Detections { get; } = [];

    /// <summary>Tracks alive on the frame.</summary>
    public List<OverlayTrack> Tracks { get; } = [];

    /// <summary>Moving areas, in frame pixels.</summary>
    public List<BoxF> Motion { get; } = [];

    /// <summary>Draws the labelled 0..1 grid every 0.1 so a technician can read coordinates off the picture.</summary>
    public bool Grid { get; set; } = true;
}

/// <summary>
/// Draws an <see cref="Annotation"/> over a frame with SkiaSharp, so a technician sees where the config's zones and lines
/// fall on the real picture and what the detectors found. Saturated colours with a dark edge and text with a dark halo,
/// because the picture is looked at on a phone in daylight.
/// </summary>
public static class Annotator
{
    /// <summary>Zone outline (yellow).</summary>
    public static readonly SKColor ZoneColor = new(0xFF, 0xD4, 0x00);

    /// <summary>Mask outline (magenta, dashed).</summary>
    public static readonly SKColor MaskColor = new(0xFF, 0x30, 0xFF);

    /// <summary>Left-object zone outline (cyan).</summary>
    public static readonly SKColor LeftZoneColor = new(0x00, 0xE5, 0xFF);

    /// <summary>Left-object exclusion outline (orange, dashed).</summary>
    public static readonly SKColor ExclusionColor = new(0xFF, 0x8C, 0x00);

    /// <summary>Counting line (green).</summary>
    public static readonly SKColor LineColor = new(0x30, 0xFF, 0x30);

    /// <summary>Detection box (red).</summary>
    public static readonly SKColor DetectionColor = new(0xFF, 0x20, 0x20);

    /// <summary>Track id and trail (white).</summary>
    public static readonly SKColor TrackColor = new(0xFF, 0xFF, 0xFF);

    /// <summary>Motion region (light blue, dashed).</summary>
    public static readonly SKColor MotionColor = new(0x60, 0xA0, 0xFF);

    /// <summary>JPEG quality of annotated pictures: text edges stay sharp at a few hundred kilobytes.</summary>
    public const int JpegQuality = 85;

    /// <summary>Draws <paramref name="annotation"/> over <paramref name="image"/> in place.</summary>
    public static unsafe void Draw(RgbImage image, Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var rgba = new byte[info.BytesSize];
        ImageCodec.ToRgba(image, rgba);
        fixed (byte* p = rgba)
        {
            using var surface = SKSurface.Create(info, (IntPtr)p, info.RowBytes)
                ?? throw new InvalidOperationException("SkiaSharp could not draw on the frame");
            // Line widths and text follow the frame size: 2 px on a 640 px frame, thicker on 4K.
            var scale = Math.Max(1f, Math.Max(image.Width, image.Height) / 640f);
            using var typeface = LoadTypeface();
            using var font = new SKFont(typeface, 13 * scale);
            var painter = new Painter(surface.Canvas, font, scale, image.Width, image.Height);
            if (annotation.Grid) painter.Grid();
            foreach (var m in annotation.Motion) painter.Motion(m);
            foreach (var polygon in annotation.Polygons) painter.Polygon(polygon);
            foreach (var line in annotation.Lines) painter.Line(line);
            foreach (var d in annotation.Detections) painter.Detection(d);
            foreach (var t in annotation.Tracks) painter.Track(t);
            surface.Canvas.Flush();
        }
        var src = image.Data;
        for (int i = 0, o = 0; o < rgba.Length; i += 3, o += 4)
        {
            src[i] = rgba[o];
            src[i + 1] = rgba[o + 1];
            src[i + 2] = rgba[o + 2];
        }
    }

    /// <summary>Draws <paramref name="annotation"/> over a copy of <paramref name="image"/> and encodes it as JPEG.</summary>
    public static byte[] Jpeg(RgbImage image, Annotation annotation)
    {
        var copy = RgbImage.Create(image.Width, image.Height);
        image.Pixels.CopyTo(copy.Pixels);
        Draw(copy, annotation);
        return ImageCodec.EncodeJpeg(copy, JpegQuality);
    }

    /// <summary>The caption of a detection: "person 0.87".</summary>
    public static string Caption(string label, float score) => string.Create(CultureInfo.InvariantCulture, $"{label} {score:0.00}");

    /// <summary>
    /// The typeface labels are written in. The bundled SkiaSharp has no fontconfig, so its default face may have no glyphs:
    /// the usual Debian font files are tried before it, else labels would silently vanish.
    /// </summary>
    private static SKTypeface LoadTypeface()
    {
        string[] files =
        [
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
        ];
        foreach (var f in files)
        {
            if (File.Exists(f) && SKTypeface.FromFile(f) is { GlyphCount: > 0 } face) return face;
        }
        return SKTypeface.CreateDefault();
    }

    /// <summary>The drawing of one frame: canvas, font and the frame's size, so each element is one short method.</summary>
    private readonly struct Painter(SKCanvas canvas, SKFont font, float scale, int width, int height)
    {
        private static readonly SKColor Halo = new(0, 0, 0, 200);

        public void Grid()
        {
            using var paint = Stroke(new SKColor(0xFF, 0xFF, 0xFF, 70), 1);
            for (var i = 1; i < 10; i++)
            {
                var x = width * i / 10f;
                var y = height * i / 10f;
                canvas.DrawLine(x, 0, x, height, paint);
                canvas.DrawLine(0, y, width, y, paint);
            }
            var small = font.Size * 0.85f;
            using var gridFont = new SKFont(font.Typeface, small);
            for (var i = 0; i <= 10; i++)
            {
                var label = (i / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
                var x = Math.Clamp(width * i / 10f, small, width - small);
                var y = Math.Clamp(height * i / 10f, small, height - small * 0.2f);
                // Along the top and left edges: the x and y of each grid line where it meets the border.
                Text(label, x, small + 2, SKColors.White, SKTextAlign.Center, gridFont);
                if (i > 0) Text(label, 3 * scale, y + small / 3, SKColors.White, SKTextAlign.Left, gridFont);
            }
        }

        public void Motion(BoxF box)
        {
            using var paint = Stroke(MotionColor, 1.5f * scale, dashed: true);
            canvas.DrawRect(box.X, box.Y, box.W, box.H, paint);
        }

        public void Polygon(OverlayPolygon polygon)
        {
            if (polygon.Points.Count < 3) return;
            var (color, dashed) = polygon.Kind switch
            {
                OverlayKind.Mask => (MaskColor, true),
                OverlayKind.LeftZone => (LeftZoneColor, false),
                OverlayKind.Exclusion => (ExclusionColor, true),
                _ => (ZoneColor, false),
            };
            using var path = new SKPath();
            path.MoveTo(Px(polygon.Points[0]));
            for (var i = 1; i < polygon.Points.Count; i++) path.LineTo(Px(polygon.Points[i]));
            path.Close();
            // Masks hide the most: a denser fill says "nothing here is looked at".
            using (var fill = new SKPaint { Color = color.WithAlpha(polygon.Kind == OverlayKind.Mask ? (byte)80 : (byte)45), Style = SKPaintStyle.Fill, IsAntialias = true })
            {
                canvas.DrawPath(path, fill);
            }
            using (var edge = Stroke(Halo, 4 * scale, dashed)) canvas.DrawPath(path, edge);
            using (var outline = Stroke(color, 2 * scale, dashed)) canvas.DrawPath(path, outline);
            var at = Px(polygon.Points[0]);
            var prefix = polygon.Kind switch
            {
                OverlayKind.Mask => "mask ",
                OverlayKind.LeftZone => "left ",
                OverlayKind.Exclusion => "exclude ",
                _ => "",
            };
            Text(prefix + polygon.Name, Math.Clamp(at.X + 4 * scale, 2, width - 2), Math.Clamp(at.Y + font.Size + 4 * scale, font.Size, height - 2), color, SKTextAlign.Left, font);
        }

        public void Line(OverlayLine line)
        {
            var a = Px(line.A);
            var b = Px(line.B);
            using (var edge = Stroke(Halo, 5 * scale)) canvas.DrawLine(a, b, edge);
            using var paint = Stroke(LineColor, 3 * scale);
            canvas.DrawLine(a, b, paint);
            var mid = new SKPoint((a.X + b.X) / 2, (a.Y + b.Y) / 2);
            var d = new SKPoint(b.X - a.X, b.Y - a.Y);
            var len = MathF.Max(1, d.Length);
            var along = new SKPoint(d.X / len, d.Y / len);
            var arrow = 18 * scale;
            // The head at B: crossing directions ("ab", "ba") are named after A->B, so the technician must see which end is which.
            Head(b, along, arrow, paint);
            Text("A", a.X + 6 * scale, a.Y - 6 * scale, LineColor, SKTextAlign.Left, font);
            Text("B", b.X + 6 * scale, b.Y - 6 * scale, LineColor, SKTextAlign.Left, font);
            Text(line.Name, mid.X + 6 * scale, mid.Y - 6 * scale, LineColor, SKTextAlign.Left, font);
        }

        private void Head(SKPoint tip, SKPoint along, float size, SKPaint paint)
        {
            var back = new SKPoint(tip.X - along.X * size, tip.Y - along.Y * size);
            var side = new SKPoint(-along.Y * size * 0.5f, along.X * size * 0.5f);
            canvas.DrawLine(tip, new SKPoint(back.X + side.X, back.Y + side.Y), paint);
            canvas.DrawLine(tip, new SKPoint(back.X - side.X, back.Y - side.Y), paint);
        }

        public void Detection(OverlayBox d)
        {
            using (var edge = Stroke(Halo, 4 * scale)) canvas.DrawRect(d.Box.X, d.Box.Y, d.Box.W, d.Box.H, edge);
            using (var paint = Stroke(DetectionColor, 2 * scale)) canvas.DrawRect(d.Box.X, d.Box.Y, d.Box.W, d.Box.H, paint);
            // Above the box when there is room, else inside its top edge.
            var y = d.Box.Y - 4 * scale >= font.Size ? d.Box.Y - 4 * scale : d.Box.Y + font.Size + 2 * scale;
            Text(Caption(d.Label, d.Score), Math.Max(2, d.Box.X), y, DetectionColor, SKTextAlign.Left, font);
        }

        public void Track(OverlayTrack t)
        {
            if (t.Trail.Count > 1)
            {
                using var path = new SKPath();
                path.MoveTo(t.Trail[0].X, t.Trail[0].Y);
                for (var i = 1; i < t.Trail.Count; i++) path.LineTo(t.Trail[i].X, t.Trail[i].Y);
                using (var edge = Stroke(Halo, 4 * scale)) canvas.DrawPath(path, edge);
                using (var paint = Stroke(TrackColor, 2 * scale)) canvas.DrawPath(path, paint);
            }
            using (var dot = new SKPaint { Color = TrackColor, Style = SKPaintStyle.Fill, IsAntialias = true })
            {
                canvas.DrawCircle(t.Box.CenterX, t.Box.Bottom, 3 * scale, dot);
            }
            var label = "#" + t.Id.ToString(CultureInfo.InvariantCulture);
            Text(label, Math.Max(2, t.Box.X), Math.Min(height - 2, t.Box.Bottom + font.Size + 2 * scale), TrackColor, SKTextAlign.Left, font);
        }

        private void Text(string text, float x, float y, SKColor color, SKTextAlign align, SKFont face)
        {
            using var halo = new SKPaint { Color = Halo, Style = SKPaintStyle.Stroke, StrokeWidth = 3 * scale, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
            using var fill = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
            // Kept on the picture: a label at a shape's vertex on the frame's edge (a line's A at the top) would be cut off.
            y = Math.Clamp(y, face.Size, Math.Max(face.Size, height - 3));
            if (align == SKTextAlign.Left) x = Math.Clamp(x, 2, Math.Max(2, width - face.MeasureText(text) - 2));
            canvas.DrawText(text, x, y, align, face, halo);
            canvas.DrawText(text, x, y, align, face, fill);
        }

        private SKPoint Px((double X, double Y) p) => new((float)(p.X * width), (float)(p.Y * height));

        private static SKPaint Stroke(SKColor color, float strokeWidth, bool dashed = false) => new()
        {
            Color = color,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = strokeWidth,
            IsAntialias = true,
            StrokeJoin = SKStrokeJoin.Round,
            PathEffect = dashed ? SKPathEffect.CreateDash([8 * Math.Max(1, strokeWidth / 2), 6 * Math.Max(1, strokeWidth / 2)], 0) : null,
        };
    }
}
