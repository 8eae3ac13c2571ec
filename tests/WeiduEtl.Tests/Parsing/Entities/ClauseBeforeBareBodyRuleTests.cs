using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Words before a bare institution (社区, 中心, 公司) that open with an adverb, a preposition or a negation are a verb phrase
/// whose object the institution is (认真替社区, 未通知社区, 用脚步丈量社区), no body's name; names that open with a common word
/// of another class (未来社区, 不动产登记中心) or a place keep it. Made-up lines in the style of a district news site, a city
/// evening paper and a provincial daily's congress page.
/// </summary>
public sealed class ClauseBeforeBareBodyRuleTests
{
    [Theory]
    [InlineData("志愿者在认真替社区居民免费修理小家电。", "认真替社区")]
    [InlineData("施工方维修过管道，但未通知社区，居民不清楚情况。", "未通知社区")]
    [InlineData("她说，最终都归于一条心：用脚步丈量社区，用耳朵倾听民声。", "用脚步丈量社区")]
    [InlineData("物业公司没告知社区就停了电梯。", "没告知社区")]
    [InlineData("停水前，自来水厂未通知物业公司。", "未通知物业公司")]
    [InlineData("网格员始终把社区当成自己的家。", "始终把社区")]
    public void Extract_ClauseBeforeABareInstitution_IsNoOrganisation(string body, string clause) =>
        Assert.DoesNotContain(clause, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("杭州市余杭区仓前街道建成未来社区，居民点赞。", "杭州市余杭区仓前街道")]
    [InlineData("市民可到市不动产登记中心办理。", "市不动产登记中心")]
    [InlineData("记者走进用友公司总部。", "用友公司")]
    [InlineData("也门政府与各方代表在会上签署了协议。", "也门政府")]
    [InlineData("用友网络公司发布了新一代平台。", "用友网络公司")]
    public void Extract_NameOpeningWithAnotherWord_IsKept(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
