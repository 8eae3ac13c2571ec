using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// 傅 and 訾, surnames that open no word of the modern language, after a descriptor or a post (村民傅某某, 志愿者訾某某), on
/// made-up lines in the styles of a county daily, an evening paper's feature and a community newsletter; and 傅 at the
/// end of 师傅 'master', which starts no name.
/// </summary>
public sealed class SurnameFuRuleTests
{
    [Theory]
    [InlineData("“水渠修通了，庄稼不愁了。”村民傅长林在田埂上笑着说。", "傅长林")]
    [InlineData("社区党委书记傅晓敏介绍，今年已为居民办成实事20件。", "傅晓敏")]
    [InlineData("理论宣讲志愿者訾建华与居民共同学习了文件精神。", "訾建华")]
    // A post ending in 师 before 傅 is no 师傅 (review 41).
    [InlineData("高级工程师傅建国介绍，", "傅建国")]
    [InlineData("律师傅晓东表示，", "傅晓东")]
    public void Extract_FuOrZiAfterADescriptorOrAPost_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("就在没有老师傅带领的情况下，他一遍遍地练。")]
    [InlineData("车间里，几位老师傅带着徒弟连夜检修设备。")]
    [InlineData("工人师傅们冒雨固定灯笼。")]
    public void Extract_FuEndingMaster_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
