using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A Buddhist temple as a body with its own posts (住持, 方丈, 监院) and the monastic surname 释 after them, on made-up lines
/// in the styles of a city daily's culture page, a county paper and a provincial paper's feature.
/// </summary>
public sealed class TempleAndMonasticNameRuleTests
{
    [Theory]
    [InlineData("灵泉寺监院释妙法介绍，寺内保存有明代碑刻。", "释妙法", "监院", "灵泉寺")]
    [InlineData("据城南福兴寺住持释广觉回忆，这口钟铸于清代。", "释广觉", "住持", "城南福兴寺")]
    [InlineData("栖霞区龙华寺方丈释德明说，修缮工程年底完工。", "释德明", "方丈", "栖霞区龙华寺")]
    public void Extract_TemplesPostAndMonasticName_IsAPersonOfTheTemple(string body, string name, string title, string temple)
    {
        var monk = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.Equal(title, monk.Title);
        Assert.Equal(temple, monk.Organisation);
        Assert.Contains(temple, Entities.Names(body, MentionKind.Organisation));
    }

    [Theory]
    [InlineData("白马寺镇组织村民开展植树活动。")]
    [InlineData("消失百年的书院，其铭文瓦为何会出现在别处的寺院屋顶？")]
    [InlineData("老人每逢初一都去寺庙烧香。")]
    [InlineData("沿着大佛寺路往东走，就是新建的菜市场。")]
    public void Extract_TempleWordOrPlaceNamedAfterATemple_IsNoBody(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.EndsWith('寺'));

    [Theory]
    [InlineData("消防员释放了被困在电梯里的群众。")]
    [InlineData("这项政策将进一步释放消费潜力，局长释然一笑。")]
    public void Extract_WordOpeningWithShi_IsNoMonk(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Person), n => n.StartsWith('释'));
}
