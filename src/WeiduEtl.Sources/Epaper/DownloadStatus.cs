namespace WeiduEtl.Sources.Epaper;

internal enum DownloadStatus
{
    /// <summary>200 with a complete body.</summary>
    Ok,

    /// <summary>304: the remembered copy is current.</summary>
    NotModified,

    /// <summary>404 or 410.</summary>
    NotFound,

    /// <summary>Anything else after the retries: the reason is in <see cref="DownloadResult.Error"/>.</summary>
    Failed,
}
