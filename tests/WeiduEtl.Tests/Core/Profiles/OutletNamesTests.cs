using System.Text.RegularExpressions;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Tests.Core.Profiles;

public sealed class OutletNamesTests
{
    [Theory]
    [InlineData("江城晚报")]
    [InlineData("南岭网")]
    [InlineData("枫桥县融媒体中心")]
    [InlineData("海湾传媒")]
    [InlineData("掌上云溪客户端")]
    [InlineData("云岭在线")]
    [InlineData("市台")]
    [InlineData("某某新闻")]
    public void EndsAsCreditOutlet_NameBeforeARoleWord_IsAnOutlet(string name) =>
        Assert.True(OutletNames.EndsAsCreditOutlet(name));

    [Theory]
    [InlineData("张晓明")]
    [InlineData("城关镇")]
    [InlineData("报社编辑")]
    public void EndsAsCreditOutlet_PersonOrPlace_IsNoOutlet(string name) =>
        Assert.False(OutletNames.EndsAsCreditOutlet(name));

    [Theory]
    [InlineData("江城晚报记者", true)]
    [InlineData("南岭网/掌上南岭客户端记者", true)]
    [InlineData("云溪·山区农民报记者", true)]
    [InlineData("城关派出所记者", false)]
    public void CreditEnding_EmbeddedWithJoiners_ReadsJoinedOutlets(string line, bool expected)
    {
        var outlet = new Regex("^[\\p{IsCJKUnifiedIdeographs}" + OutletNames.Joiners + "]{1,20}?(?:" + OutletNames.CreditEnding + ")记者$");

        Assert.Equal(expected, outlet.IsMatch(line));
    }

    [Fact]
    public void RunningTextEndings_HoldNoBareLetter_ThatEndsCommonWords()
    {
        // 通报, 合作社, 平台 and 电网 end words of running text: only a credit's role word makes a bare ending safe.
        Assert.DoesNotContain("报", OutletNames.RunningTextEndings);
        Assert.DoesNotContain("社", OutletNames.RunningTextEndings);
        Assert.DoesNotContain("台", OutletNames.RunningTextEndings);
        Assert.DoesNotContain("网", OutletNames.RunningTextEndings);
        Assert.Contains("融媒体中心", OutletNames.RunningTextEndings);
    }

    [Theory]
    [InlineData("海滨晨报讯", true)]
    [InlineData("江南在线杭州5月6日讯", true)]
    [InlineData("某某社讯", false)]
    public void NewsflashEnding_OwnNewsflash_IsAPaperSiteOrStation(string line, bool expected)
    {
        var newsflash = new Regex("^\\p{IsCJKUnifiedIdeographs}{1,8}?(?:" + OutletNames.NewsflashEnding + ")(?:\\p{IsCJKUnifiedIdeographs}{0,4}?[0-9]{1,2}月[0-9]{1,2}日)?讯$");

        Assert.Equal(expected, newsflash.IsMatch(line));
    }
}
