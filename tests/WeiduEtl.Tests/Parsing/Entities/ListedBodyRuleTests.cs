using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Bodies listed before a count of bodies or a trade's giants, on made-up lines in the styles of a business page and
/// an evening paper: an item with a stop letter in its name is read between the list's marks; a list of trades is none.
/// </summary>
public sealed class ListedBodyRuleTests
{
    [Fact]
    public void Extract_ItemWithAStopLetterInAListOfCountedBodies_IsReadWhole()
    {
        var bodies = Entities.Names("展会吸引了众多客商。包括万和、美的、格力等200多家企业参展。", MentionKind.Organisation);

        Assert.Contains("万和", bodies);
        Assert.Contains("美的", bodies);
        Assert.Contains("格力", bodies);
    }

    [Fact]
    public void Extract_ListBeforeATradesGiants_NamesBodies()
    {
        var bodies = Entities.Names("多年来，推特、优步、网飞等美国科技巨头在当地缴税很少。", MentionKind.Organisation);

        Assert.Contains("推特", bodies);
        Assert.Contains("网飞", bodies);
    }

    [Theory]
    [InlineData("钢铁、水泥等企业要加快转型。", "钢铁")]
    [InlineData("钢铁、水泥等行业用电量回升。", "水泥")]
    public void Extract_ListOfTradesWithoutACount_NamesNoBody(string body, string trade) =>
        Assert.DoesNotContain(trade, Entities.Names(body, MentionKind.Organisation));
}
