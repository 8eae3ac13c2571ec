namespace WeiduEtl.Tests.Sources.Epaper;

/// <summary>
/// A clock stopped at one instant for "today", with real timers underneath, so Polly's timeouts and
/// backoffs still elapse (FakeTimeProvider would need every delay advanced by hand mid-request).
/// </summary>
public sealed class FixedDateTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
