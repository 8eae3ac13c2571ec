using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Bodies set up for a task hold the task's verb in their names (中央某某深化改革委员会, 某区河道整治办公室), a count of
/// times ends before a body's name (召开3次|某委员会会议), and 财经 is a word of a name though its last letter stops runs. Made-up
/// sentences in the styles of a national daily and a district page (许昌日报 魏都区).
/// </summary>
public sealed class TaskBodyNameRuleTests
{
    [Theory]
    [InlineData("国务院深化医药卫生体制改革领导小组办公室日前发布通知。", "国务院深化医药卫生体制改革领导小组办公室")]
    [InlineData("魏都区河道整治办公室组织志愿者清理河岸垃圾。", "魏都区河道整治办公室")]
    [InlineData("街道成立了老旧小区改造办公室，专门受理居民诉求。", "老旧小区改造办公室")]
    [InlineData("一年来，许昌市召开多次市委全面深化改革委员会会议，部署重点工作。", "市委全面深化改革委员会")]
    public void Extract_VerbOfTheBodysTask_StaysInTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_VerbWhoseObjectIsTheBody_OpensNoName() =>
        Assert.DoesNotContain(Entities.Names("县里要求巩固街道委员会的作用。", MentionKind.Organisation), n => n.StartsWith("巩固", StringComparison.Ordinal));

    [Theory]
    [InlineData("一年来共召开6次中央军民融合发展委员会会议。", "中央军民融合发展委员会")]
    [InlineData("全年召开5次区委常委会会议，研究民生实事。", "区委常委会")]
    public void Extract_CountOfTimes_EndsBeforeTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("中央财经委员会日前召开会议。", "中央财经委员会")]
    [InlineData("许昌市财经学校的学生走进魏都区西大街道开展志愿服务。", "许昌市财经学校")]
    public void Extract_WordEndingInAStopLetter_StaysInTheName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
