using System.Text.Json;

namespace EdgeAgent.Transport;

/// <summary>Republishes the retained <c>.../state</c> message when what it reports changes while connected.</summary>
public interface IStatePublisher
{
    /// <summary>Publishes the current state now; false when not connected (the next connect publishes it).</summary>
    ValueTask<bool> TryPublishStateAsync(CancellationToken cancellationToken);
}

/// <summary>Adds fields of its own to the <c>online</c> state message (model versions and update outcomes).</summary>
public interface IStateDetails
{
    /// <summary>Writes properties into the state object being written.</summary>
    void Write(Utf8JsonWriter writer);
}
