namespace EdgeAgent.Tracking.Zones;

/// <summary>Where one track stands with one zone: committed inside/outside, a pending change, the loiter clock.</summary>
internal struct ZoneStatus
{
    public bool Known;
    public bool Inside;
    public int Pending;
    public double PendingSince;
    public double EnteredAt;
    public bool Loitering;
}

/// <summary>Where one track stands with one line: the committed side and the last point seen on it.</summary>
internal struct LineStatus
{
    public int Side;
    public int Pending;
    public float LastX;
    public float LastY;
}
