namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Quoted phrases that a noun of a thing after them names (a project, a module, an offer), on made-up lines in the styles
/// of a county report, a finance page and a travel page: no speech, however long and with commas; and speech followed by
/// a person's noun, ending a sentence inside its marks or named as a requirement or a principle, which stays speech.
/// </summary>
public sealed class DesignatedTermQuoteRuleTests
{
    [Theory]
    [InlineData("市里召开“老旧管网智能监测与快速修复技术”成果鉴定会，专家组给予好评。")]
    [InlineData("省科技厅设立了“盐碱地改良与高效利用关键技术研究”课题，由农科院牵头。")]
    [InlineData("企业登录网上办税厅后，选择“跨境电商出口退税申报”模块即可填报。")]
    [InlineData("持学生证的游客还能享受“周末门票半价”“寒假免费乘船”等优惠。")]
    [InlineData("该行推出“小微企业首贷续贷，一次申请全程网办”专项服务平台，受到商户欢迎。")]
    public void Extract_PhraseANounOfDesignationNames_IsNoQuote(string body) =>
        Assert.Empty(Entities.Extract(body).Quotes);

    [Theory]
    [InlineData("“设备下个月就能到位，大家放心，”项目负责人王海涛说。", "王海涛")]
    [InlineData("“排水管下周全部换完，路面月底前恢复，”项目经理王海涛说。", "王海涛")]
    [InlineData("“栏目下月改版，请读者多提意见，”栏目主编刘晓燕说。", "刘晓燕")]
    [InlineData("“这个问题必须马上解决！”的要求，村支书李强说了不下十遍。", null)]
    [InlineData("县长王建军提出“一年打基础，两年见成效”的要求。", null)]
    [InlineData("县里严格按照“先规划、后建设，先地下、后地上”的原则，推进老城区改造。", null)]
    public void Extract_SpeechBeforeAPersonOrEndingASentence_StaysAQuote(string body, string? speaker)
    {
        var quote = Assert.Single(Entities.Extract(body).Quotes);
        if (speaker is not null)
        {
            Assert.Equal(speaker, quote.Speaker);
        }
    }
}
