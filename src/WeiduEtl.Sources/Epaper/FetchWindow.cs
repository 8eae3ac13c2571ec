namespace WeiduEtl.Sources.Epaper;

/// <summary>
/// The dates one pass visits. It starts at the first date not yet settled (a day stays unsettled while any
/// of its pages fails, so nothing is lost however long a failure lasts) or <c>lookBackDays</c> before the
/// last settled date, whichever is earlier, never before <c>start</c>, and ends today. A settled date
/// older than the look-back is skipped without a request; recent ones are checked again for late or
/// corrected pages, which conditional requests make cheap.
/// </summary>
/// <param name="From">First date visited.</param>
/// <param name="To">Last date visited: today.</param>
/// <param name="RecheckFrom">Dates from here on are visited even when already settled.</param>
internal sealed record FetchWindow(DateOnly From, DateOnly To, DateOnly RecheckFrom)
{
    /// <param name="today">Today in the service's time zone.</param>
    /// <param name="start">The configured first date, if any.</param>
    /// <param name="lookBackDays">How many days before the last settled one to check again.</param>
    /// <param name="settledThrough">Every date up to here is settled (from fetch state).</param>
    /// <param name="lastSettled">The latest settled date (from fetch state).</param>
    public static FetchWindow Compute(DateOnly today, DateOnly? start, int lookBackDays, DateOnly? settledThrough, DateOnly? lastSettled)
    {
        var anchor = lastSettled is { } last && last < today ? last : today;
        var recheckFrom = anchor.AddDays(-lookBackDays);
        var firstOpen = settledThrough?.AddDays(1) ?? start ?? recheckFrom;
        var from = firstOpen < recheckFrom ? firstOpen : recheckFrom;
        if (start is { } s && from < s)
        {
            from = s;
        }
        return new FetchWindow(from, today, recheckFrom);
    }

    public bool IsEmpty => From > To;

    public int DayCount => IsEmpty ? 0 : To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> Dates()
    {
        for (var date = From; date <= To; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    /// <summary>Whether a date needs requests this pass, given whether it is already settled.</summary>
    public bool ShouldVisit(DateOnly date, bool settled) => !settled || date >= RecheckFrom;
}
