using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A bare level committee (市委, 区委, 县委: no place printed before it) opening a chain whose last post heads one of its
/// departments (市委常委、宣传部长某某), on made-up lines in the styles of a city daily, a district's web page and a county
/// newsletter: the committee is the holder's body and a body of the page; the committee's own 书记 and a government's
/// posts (市委副书记、市长) are left as they were, the post naming its committee.
/// </summary>
public sealed class BareCommitteeDepartmentPostRuleTests
{
    [Theory]
    [InlineData("当天上午，市委常委、宣传部长刘建平一行来到光明村调研。", "刘建平", "市委")]
    [InlineData("区委常委、组织部部长陈晓东，区政协副主席王海陪同调研。", "陈晓东", "区委")]
    [InlineData("县委常委、宣传部长、统战部长赵丽萍等陪同。", "赵丽萍", "县委")]
    [InlineData("“要把活动办到群众心里。”县委宣传部长周敏说。", "周敏", "县委")]
    public void Extract_BareCommitteeBeforeADepartmentHeadsChain_IsTheHoldersBody(string body, string name, string committee)
    {
        Assert.Equal(committee, Assert.Single(Entities.People(body), p => p.Name == name).Organisation);
        Assert.Contains(committee, Entities.Names(body, MentionKind.Organisation));
    }

    [Theory]
    [InlineData("市委书记刘建平主持会议并讲话。", "刘建平")]
    [InlineData("区委副书记、区长陈晓东出席活动。", "陈晓东")]
    [InlineData("县委常委、常务副县长赵丽萍介绍了项目进展。", "赵丽萍")]
    public void Extract_BareCommitteeBeforeItsOwnOrAGovernmentPost_NamesNoBody(string body, string name) =>
        Assert.Null(Assert.Single(Entities.People(body), p => p.Name == name).Organisation);

    [Fact]
    public void Extract_NamedCommitteeBeforeADepartmentHeadsChain_KeepsThePlace() =>
        Assert.Equal("抚远县委", Assert.Single(Entities.People("抚远县委常委、宣传部长赵丽萍就此作出部署。"), p => p.Name == "赵丽萍").Organisation);
}
