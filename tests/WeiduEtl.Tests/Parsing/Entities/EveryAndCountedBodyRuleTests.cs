using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Runs that say every body of a kind or count bodies name none (各级人民法院, 各地政协, 县级以上地方人民政府, 330场次…,
/// 同级河长办), and stop words that belong to the name (对口帮扶…工作队) or stand before it (辖区内, 岛上), on made-up lines
/// in the styles of a provincial daily and a county newsletter.
/// </summary>
public sealed class EveryAndCountedBodyRuleTests
{
    [Theory]
    [InlineData("通知要求，各级人民法院要加快审理欠薪案件。", "级人民法院")]
    [InlineData("近年来，各地政协积极探索协商议事新形式。", "地政协")]
    [InlineData("县级以上地方人民政府应当制定应急预案。", "上地方人民政府")]
    [InlineData("全县开展120场次文化馆送戏下乡活动。", "场次文化馆")]
    [InlineData("县检察院与同级河长办建立了信息共享机制。", "同级河长办")]
    public void Extract_EveryOrCountedBodies_NameNone(string body, string notAName) =>
        Assert.DoesNotContain(notAName, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("在山东省对口帮扶重庆市工作队的努力下，村里的茶叶卖上了好价钱。", "山东省对口帮扶重庆市工作队")]
    [InlineData("辖区内建安街道卫生服务中心开设了夜间门诊。", "建安街道卫生服务中心")]
    [InlineData("老乡们都还记得浙江省对口帮扶四川省工作队的那些年。", "浙江省对口帮扶四川省工作队")]
    [InlineData("岛上白沙渔业合作社的渔船陆续返港。", "白沙渔业合作社")]
    public void Extract_StopWordsInOrBeforeAName_ReadTheWholeName(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Organisation));
}
