using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A short form defined in brackets after a body's full name, on made-up lines in the styles of a finance page, an
/// international page and a business report; and notes in brackets that are no short form (a new name, a place, a bare kind).
/// </summary>
public sealed class DefinedShortFormRuleTests
{
    [Theory]
    [InlineData("东方农业发展银行（以下简称东农行）去年发放涉农贷款逾千亿元。", "东农行")]
    [InlineData("据国际能源署（IEA）最新报告，全球煤炭需求趋稳。", "IEA")]
    [InlineData("深圳云帆智能科技有限公司（简称“云帆科技”）成立于2015年。", "云帆科技")]
    public void Extract_ShortFormInBracketsAfterABody_IsABody(string body, string shortForm) =>
        Assert.Contains(shortForm, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("北京天坛医院（北京）的专家到场会诊。", "北京")]
    [InlineData("星河控股集团（集团）召开年度会议。", "集团")]
    [InlineData("东方物流有限公司（2019年）营收创新高。", "2019年")]
    public void Extract_NoteInBracketsAfterABody_IsNoBody(string body, string note) =>
        Assert.DoesNotContain(note, Entities.Names(body, MentionKind.Organisation));
}
