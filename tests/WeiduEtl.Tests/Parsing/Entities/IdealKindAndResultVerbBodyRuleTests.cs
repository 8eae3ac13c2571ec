using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Two kinds of bare institution that name no body. An ideal or a holding's kind before it (未来社区建设,
/// 熟人社区, 股份经济合作社, 集体经济合作社, 国家级示范合作社) says what sort of community or co-operative a campaign builds, as
/// 文明社区 and 智慧法院 do; a village or a community named before the kind keeps its name, and 和谐社区 is a name as
/// often as an ideal, so it is kept. A verb and its result before it
/// (讲好|社区故事, 找准|社区…, 抓实|社区党建) make the institution the verb's object; a two-letter word the dictionary tags an
/// adjective (美好社区, 友好医院) stays a name. Made-up lines in the style of a city daily's community page, a county
/// paper's rural report and a provincial party paper's lead.
/// </summary>
public sealed class IdealKindAndResultVerbBodyRuleTests
{
    [Theory]
    [InlineData("会上，镇里汇报了全域未来社区建设情况。", "全域未来社区")]
    [InlineData("邻里节是落实“熟人社区”理念的一项举措。", "熟人社区")]
    [InlineData("腊月里，全镇十几个村都开了股份经济合作社分红大会。", "股份经济合作社")]
    [InlineData("全县推行“党支部+集体经济合作社+农户”的模式。", "集体经济合作社")]
    public void Extract_IdealOrHoldingKindBeforeABareInstitution_IsNoOrganisation(string body, string kindBody) =>
        Assert.DoesNotContain(kindBody, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("讲好社区故事，传递居民心声。", "讲好社区")]
    [InlineData("作为试点城区，找准社区开展宣讲的切入点。", "找准社区")]
    [InlineData("今年，抓实社区党建工作成了头等大事。", "抓实社区")]
    public void Extract_VerbAndItsResultBeforeABareInstitution_IsNoOrganisation(string body, string phrase) =>
        Assert.DoesNotContain(phrase, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("西牟村股份经济合作社当天向村民发放分红。", "西牟村股份经济合作社")]
    [InlineData("记者来到美好社区，看到居民正在排练节目。", "美好社区")]
    [InlineData("前进社区党委组织志愿者上门服务。", "前进社区")]
    [InlineData("记者来到和谐社区，看到居民正在排练节目。", "和谐社区")]
    [InlineData("记者走进和谐社区居委会，看到工作人员正在整理台账。", "和谐社区居委会")]
    // An unlisted pair ending in a result letter whose first letter is no verb of doing work: a community's name.
    [InlineData("记者在新实社区看到，居民正在排练节目。", "新实社区")]
    [InlineData("记者在华实社区看到，居民正在排练节目。", "华实社区")]
    [InlineData("记者在永牢社区看到，居民正在排练节目。", "永牢社区")]
    public void Extract_NameBeforeTheKindOrAnAdjectiveName_KeepsTheName(string body, string name) =>
        Assert.Contains(Entities.Names(body, MentionKind.Organisation), found => found.StartsWith(name, StringComparison.Ordinal));
}
