using System.Text.RegularExpressions;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A reader's question and its answer, as a paper's help desk prints them under one title: a paragraph in which a
/// reader asks or complains (市民李先生来电反映：…, 网友“小桥”留言：…), then one in which a body answers (区住建局回复：…,
/// 某街道办事处：…). The pair is an item of its own: the title over it heads it, whatever the item before it had.
/// </summary>
internal static partial class LetterAndReplyRule
{
    public static bool IsQueryAndReply(string query, string reply) =>
        Query().IsMatch(Punctuation.FoldTrimmed(query)) && Reply().IsMatch(Punctuation.FoldTrimmed(reply));

    // Who asks (a reader, a resident, a netizen…), then how (rang, wrote, left a message, complained), then a colon,
    // all within the paragraph's first clause.
    [GeneratedRegex(@"^[^。!?:,“”]{0,16}?(?:市民|读者|网友|居民|村民|群众|家长|车主|业主|乘客|消费者|听众)[^。!?:,]{0,12}?(?:致电|来电|来信|留言|反映|咨询|投诉|询问|提问|求助|爆料)[^。!?:,]{0,6}:")]
    private static partial Regex Query();

    // Who answers: a body's name, then an answering verb or nothing, then a colon (…管委会办公室回复：, …社区工作站：).
    [GeneratedRegex(@"^[^。!?:,“”]{2,30}?(?:回复|答复|回应|回函|解答|答|局|站|办|委|所|中心|公司|办公室|街道|社区|管委会|部门|医院|学校|大队|支队)\s*:")]
    private static partial Regex Reply();
}
