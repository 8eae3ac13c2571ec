using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// People named after how a report calls them (小伙, 老汉, 老姐妹), kin by marriage and neighbours (儿媳, 邻居), and what
/// they do or did (管理人员, 犯罪嫌疑人, 劳动模范), on made-up lines in the styles of an evening paper, a county report, a
/// court report and a power company's newsletter.
/// </summary>
public sealed class CalledAndKinDescriptorRuleTests
{
    [Theory]
    [InlineData("在城南公园晨跑的小伙赵志鹏说，坚持了整整三年。", "赵志鹏")]
    [InlineData("村里的老汉孙德旺告诉记者，今年的橘子卖了好价钱。", "孙德旺")]
    [InlineData("她的老姐妹刘秀芝，也报名参加了巡逻队。", "刘秀芝")]
    [InlineData("说起这件事，邻居郭春梅说，至今记忆犹新。", "郭春梅")]
    [InlineData("法院审理查明，犯罪嫌疑人罗建军，多次盗窃电动车。", "罗建军")]
    [InlineData("供电所管理人员邵志强介绍，线路改造已近尾声。", "邵志强")]
    [InlineData("全国劳动模范蔡春生说，技术要靠一代代传下去。", "蔡春生")]
    public void Extract_NameAfterACallingKinOrDoerDescriptor_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("邻居们纷纷赶来帮忙。")]
    [InlineData("姑娘们在广场上跳起了舞。")]
    [InlineData("游客在人民英雄纪念碑前合影留念。")]
    public void Extract_DescriptorWithNoName_FindsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
