using WeiduEtl.Parsing.Layout.Rules;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>Made-up openings in the styles of an evening paper, a county weekly and a sports page.</summary>
public sealed class NewsLeadRuleTests
{
    [Theory]
    [InlineData("近日，县人社局组织专场招聘会，40余家企业提供岗位1200个。")]
    [InlineData("昨天上午，市体育中心迎来了首场青少年篮球联赛。")]
    [InlineData("2024年4月12日，镇里的第一座光伏电站并网发电。")]
    [InlineData("河堤上的柳树绿了。3月28日，志愿者们在这里补种了200棵树苗。")]
    public void OpensNewsLead_TimePhraseHeadingFirstOrSecondSentence_IsTrue(string paragraph) =>
        Assert.True(NewsLeadRule.OpensNewsLead(paragraph));

    [Theory]
    [InlineData("他说，3月5日，球队将前往客场挑战对手。")]
    [InlineData("比赛很激烈。双方僵持不下。5月1日，决赛在主场进行。")]
    [InlineData("在街角的铜器铺里，32岁的李想正跟着师傅学錾刻。")]
    public void OpensNewsLead_NoTimePhraseAtALeadSentencesHead_IsFalse(string paragraph) =>
        Assert.False(NewsLeadRule.OpensNewsLead(paragraph));
}
