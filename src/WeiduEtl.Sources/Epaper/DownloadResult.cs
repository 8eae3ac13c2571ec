namespace WeiduEtl.Sources.Epaper;

/// <summary>What one resilient GET came to.</summary>
internal sealed record DownloadResult(DownloadStatus Status, HttpAttempt? Response, string? Error)
{
    public static DownloadResult Failed(string error) => new(DownloadStatus.Failed, null, error);
}
