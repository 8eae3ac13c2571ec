using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A body's one-letter ending shared with its head's post (内政部|长, 民政局|长) is read only for a head (X长): 司机 shares
/// its first letter with 司 but heads none, on made-up lines in the styles of a railway report, a city daily and a
/// foreign-news page.
/// </summary>
public sealed class SharedEndingHeadRuleTests
{
    [Theory]
    [InlineData("高铁司机陈明说，列车将准点抵达。", "陈明")]
    [InlineData("公交车司机王强说，这条线路每天运送乘客上千人次。", "王强")]
    [InlineData("出租车司机李华介绍，春节期间客流明显增加。", "李华")]
    public void Extract_DriverAfterAVehicle_TakesNoBodyEndingInSi(string body, string name)
    {
        var driver = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.False(driver.Organisation?.EndsWith('司') ?? false);
    }

    [Theory]
    [InlineData("土耳其内政部长索伊卢表示，边境安全形势总体稳定。", "索伊卢", "土耳其内政部")]
    [InlineData("市民政局长张伟说，新建养老院将于年底投用。", "张伟", "市民政局")]
    public void Extract_HeadSharingTheEnding_TakesTheBody(string body, string name, string organisation)
    {
        var head = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.Equal(organisation, head.Organisation);
    }
}
