namespace WeiduEtl.Serving;

/// <summary>Whether a requested file may be served.</summary>
internal enum SafePathResult
{
    /// <summary>A real file inside the snapshot.</summary>
    Found,
    /// <summary>Well-formed, but no such file in the snapshot (or a link out of it).</summary>
    NotFound,
    /// <summary>A path no published file can have: traversal, absolute, backslash, encoded characters.</summary>
    BadRequest,
}
