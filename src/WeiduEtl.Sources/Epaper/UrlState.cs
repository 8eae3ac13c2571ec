namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// What the source remembers about one URL between passes: the validators for a conditional GET, the
/// sha256 of the bytes last yielded (so a server without validators still yields nothing when unchanged),
/// and for an HTML page the links found on it (so a 304 still tells which pages and PDFs to follow).
/// </summary>
internal sealed record UrlState(
    string? ETag,
    string? LastModified,
    string? Sha256,
    string? LinkFingerprint = null,
    IReadOnlyList<PageLink>? Links = null)
{
    public bool HasValidators => ETag is not null || LastModified is not null;
}
