namespace WeiduEtl.Sources.Epaper;

internal enum DayKind
{
    /// <summary>The index exists and links to the day's pages.</summary>
    Issue,

    /// <summary>404, or an index that links to no page: nothing was published that day.</summary>
    NoIssue,

    /// <summary>The index could not be read (after retries); the date stays open.</summary>
    Unreachable,
}
