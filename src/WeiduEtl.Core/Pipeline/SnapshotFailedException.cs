namespace WeiduEtl.Core.Pipeline;

/// <summary>
/// A snapshot could not be written (a full disk, a folder made read-only): the reason in words, with the previous
/// snapshot still the latest and nothing half-written left behind.
/// </summary>
public sealed class SnapshotFailedException : Exception
{
    public SnapshotFailedException() { }

    public SnapshotFailedException(string message) : base(message) { }

    public SnapshotFailedException(string message, Exception innerException) : base(message, innerException) { }
}
