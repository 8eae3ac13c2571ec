using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A level's party committee printed bare after a preposition or a word that ends the clause before it (某县在|市委的领导下,
/// 某某代表|区委讲话, 某某代表|县委致辞), on made-up lines in the styles of a county newsletter, a city daily's lead and a
/// district's web page: the bare committee is the body, not the letters before it; a division's own committee (嘉禾县委,
/// 婺城区委) keeps its place, and a committee before a post (新任|省委书记) is the post's part.
/// </summary>
public sealed class BareCommitteeAfterClauseRuleTests
{
    [Theory]
    [InlineData("今年以来，全县在市委的坚强领导下，稳步推进各项工作。", "市委")]
    [InlineData("会上，区长刘建军代表区委讲话，对下步工作作出部署。", "区委")]
    [InlineData("镇党委书记王立新代表县委致辞，对获奖村表示祝贺。", "县委")]
    [InlineData("这项改革由省委统一部署，分三批推进。", "省委")]
    public void Extract_BareCommitteeAfterAClause_IsTheBody(string body, string organisation)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(names, n => n.Length > organisation.Length && n.EndsWith(organisation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("嘉禾县委召开常委会议，研究部署下步工作。", "嘉禾县委")]
    [InlineData("婺城区委组织全区干部开展大走访活动。", "婺城区委")]
    [InlineData("中共滨州市委印发了实施意见。", "中共滨州市委")]
    // A division kind ending in the level's letter (自治县, 高新区, 郊区, 管理区) after a word the dictionary lists.
    [InlineData("会后，恭城自治县委印发通知，部署秋冬季防火工作。", "恭城自治县委")]
    [InlineData("成都高新区委召开全体会议。", "成都高新区委")]
    [InlineData("阳泉市郊区委召开理论学习中心组学习会。", "阳泉市郊区委")]
    [InlineData("宁东能源化工基地管理区委召开会议。", "宁东能源化工基地管理区委")]
    // A democratic party's committee at a level (民盟|市委, 民建|县委, 农工党|市委).
    [InlineData("民盟市委开展\"同心\"助学活动，资助困难学生。", "民盟市委")]
    [InlineData("会议由民建县委主办。", "民建县委")]
    [InlineData("会议由农工党市委协办。", "农工党市委")]
    public void Extract_DivisionsOwnCommitteeOrAPost_KeepsItsPlace(string body, string? organisation)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        if (organisation is null)
        {
            Assert.Empty(names);
        }
        else
        {
            Assert.Contains(organisation, names);
        }
    }
}
