using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// An outlet that signs the article is no mention of a body: outlets listed with a list's mark before one credit
/// (（某日报、某网记者 X）, 本报讯（某日报、某报全媒体记者 X）) and the outlet in a web copy's source field (来源：某早报). An outlet in running text is still read. Made-up lines in the style of
/// a city paper's web site, a prefecture daily and a copied news portal page.
/// </summary>
public sealed class SharedCreditAndSourceOutletRuleTests
{
    [Theory]
    [InlineData("活动还将持续一个月。（沈阳日报、沈阳网记者杜一鸣）", "沈阳日报")]
    [InlineData("本报讯（大河日报、大河报全媒体记者张晶、王福誉）今天是清洁日。", "大河日报")]
    [InlineData("（江城晚报、江城网记者李莉 通讯员关洪江）", "江城晚报")]
    [InlineData("qz.example.com 2011-08-08 08:57   来源：东南早报", "东南早报")]
    [InlineData("2015-04-11 08:40 来源: 海滨晚报 作者: 王某", "海滨晚报")]
    public void Extract_OutletSigningTheArticle_IsNoOrganisation(string body, string outlet) =>
        Assert.DoesNotContain(outlet, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("他说，沈阳日报、沈阳网都报道过这件事。", "沈阳日报")]
    [InlineData("消息来自东南早报的报道。", "东南早报")]
    public void Extract_OutletInRunningText_IsRead(string body, string outlet) =>
        Assert.Contains(outlet, Entities.Names(body, MentionKind.Organisation));
}
