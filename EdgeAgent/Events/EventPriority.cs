namespace EdgeAgent.Events;

/// <summary>How much an event matters when the outbox must choose what to keep and what to send first.</summary>
public enum EventPriority
{
    /// <summary>Counts, routine object updates: dropped first when the outbox is full.</summary>
    Low = 0,

    /// <summary>Object and plate reads, camera status.</summary>
    Normal = 1,

    /// <summary>Watchlist matches, left objects, tamper: sent first and never dropped.</summary>
    High = 2,
}
