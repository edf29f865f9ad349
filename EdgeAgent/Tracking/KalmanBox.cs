using EdgeAgent.Imaging;

namespace EdgeAgent.Tracking;

/// <summary>
/// Constant-velocity Kalman filter on a box's centre, width and height. Process and measurement noise are diagonal
/// and the motion model acts on each coordinate separately, so the 8-state filter of SORT/ByteTrack splits exactly
/// into four 2-state filters (position, velocity): same estimates, no matrices, no allocations. Time is in seconds
/// of stream time, so a varying frame rate or skipped frames predict correctly. Noise scales with the box size, so
/// one setting serves near and far objects.
/// </summary>
internal struct KalmanBox
{
    // Standard deviations relative to the box size: measured position (per detection), process noise on position
    // and velocity (per square-root second), and the velocity a new track may have (sizes per second).
    private const float MeasureStd = 0.05f;
    private const float PositionNoise = 0.1f;
    private const float VelocityNoise = 1.0f;
    private const float InitialVelocityStd = 1.5f;

    private Axis _cx;
    private Axis _cy;
    private Axis _w;
    private Axis _h;

    /// <summary>Starts the filter at a measured box, at rest with a wide velocity uncertainty.</summary>
    public static KalmanBox Start(in BoxF box)
    {
        var f = default(KalmanBox);
        f._cx = Axis.Start(box.CenterX, box.W);
        f._cy = Axis.Start(box.CenterY, box.H);
        f._w = Axis.Start(box.W, box.W);
        f._h = Axis.Start(box.H, box.H);
        return f;
    }

    /// <summary>The current estimate as a box (sizes kept at least one pixel).</summary>
    public readonly BoxF Box
    {
        get
        {
            var w = Math.Max(1f, _w.X);
            var h = Math.Max(1f, _h.X);
            return new BoxF(_cx.X - (w / 2), _cy.X - (h / 2), w, h);
        }
    }

    /// <summary>Centre velocity, pixels per second.</summary>
    public readonly (float X, float Y) Velocity => (_cx.V, _cy.V);

    /// <summary>Moves the estimate <paramref name="dt"/> seconds ahead at constant velocity.</summary>
    public void Predict(float dt)
    {
        var w = Math.Max(1f, _w.X);
        var h = Math.Max(1f, _h.X);
        _cx.Predict(dt, w);
        _cy.Predict(dt, h);
        _w.Predict(dt, w);
        _h.Predict(dt, h);
    }

    /// <summary>
    /// Moves the estimate ahead while the velocity fades with time constant <paramref name="tau"/>: used when no
    /// detection can correct it, so a long gap moves a box at most velocity×tau instead of without bound.
    /// </summary>
    public void PredictFading(float dt, float tau)
    {
        var keep = MathF.Exp(-dt / tau);
        var travel = tau * (1 - keep);
        var w = Math.Max(1f, _w.X);
        var h = Math.Max(1f, _h.X);
        _cx.Fade(dt, travel, keep, w);
        _cy.Fade(dt, travel, keep, h);
        _w.Fade(dt, travel, keep, w);
        _h.Fade(dt, travel, keep, h);
    }

    /// <summary>Corrects the estimate with a measured box.</summary>
    public void Update(in BoxF box)
    {
        _cx.Update(box.CenterX, box.W);
        _cy.Update(box.CenterY, box.H);
        _w.Update(box.W, box.W);
        _h.Update(box.H, box.H);
    }

    /// <summary>Sets the velocity to zero (a stationary object does not drift on predictions).</summary>
    public void Stop()
    {
        _cx.V = 0;
        _cy.V = 0;
        _w.V = 0;
        _h.V = 0;
    }

    /// <summary>One coordinate and its velocity with their 2x2 covariance.</summary>
    private struct Axis
    {
        public float X;
        public float V;
        private float _p00;
        private float _p01;
        private float _p11;

        public static Axis Start(float x, float size) => new()
        {
            X = x,
            _p00 = Sq(2 * MeasureStd * size),
            _p11 = Sq(InitialVelocityStd * size),
        };

        public void Predict(float dt, float size)
        {
            X += V * dt;
            _p00 += (2 * dt * _p01) + (dt * dt * _p11) + (Sq(PositionNoise * size) * dt);
            _p01 += dt * _p11;
            _p11 += Sq(VelocityNoise * size) * dt;
        }

        public void Fade(float dt, float travel, float keep, float size)
        {
            X += V * travel;
            V *= keep;
            _p00 += (2 * travel * _p01) + (travel * travel * _p11) + (Sq(PositionNoise * size) * dt);
            _p01 = (_p01 + (travel * _p11)) * keep;
            _p11 = (_p11 * keep * keep) + (Sq(VelocityNoise * size) * dt);
        }

        public void Update(float z, float size)
        {
            var s = _p00 + Sq(MeasureStd * size);
            var k0 = _p00 / s;
            var k1 = _p01 / s;
            var innovation = z - X;
            X += k0 * innovation;
            V += k1 * innovation;
            _p11 -= k1 * _p01;
            _p00 *= 1 - k0;
            _p01 *= 1 - k0;
        }

        private static float Sq(float v) => v * v;
    }
}
