using WeiduEtl.Publishing.Destinations;

namespace WeiduEtl.Tests.Publishing.Destinations;

public sealed class RetentionPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 14, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Ids = ["20260114T080000Z", "20260114T090000Z", "20260114T100000Z", "20260114T110000Z", "20260114T115900Z"];

    [Fact]
    public void ToDelete_NoGrace_KeepsTheNewestIncludingLatest()
    {
        Assert.Equal(["20260114T090000Z", "20260114T080000Z"], RetentionPlan.ToDelete(Ids, Ids[^1], keep: 3, Now, TimeSpan.Zero));
    }

    [Fact]
    public void ToDelete_LatestIsAnOldSnapshot_NeverDeletesIt()
    {
        var deleted = RetentionPlan.ToDelete(Ids, Ids[0], keep: 1, Now, TimeSpan.Zero);

        Assert.DoesNotContain(Ids[0], deleted);
        Assert.Equal(4, deleted.Count);
    }

    [Fact]
    public void ToDelete_WithinGrace_KeepsASnapshotSupersededLessThanTheGraceAgo()
    {
        // 10:00 was superseded at 11:00 (an hour ago), 11:00 at 11:59 (a minute ago).
        var deleted = RetentionPlan.ToDelete(Ids, Ids[^1], keep: 1, Now, TimeSpan.FromMinutes(30));

        Assert.Equal(["20260114T100000Z", "20260114T090000Z", "20260114T080000Z"], deleted);
    }

    [Fact]
    public void ToDelete_SameSecondSuffix_TakesTheTimeFromTheIdStem()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 8, 0, 0, TimeSpan.Zero), RetentionPlan.CreatedAt("20260114T080000Z-2"));
        Assert.Null(RetentionPlan.CreatedAt("not-a-snapshot"));
    }
}
