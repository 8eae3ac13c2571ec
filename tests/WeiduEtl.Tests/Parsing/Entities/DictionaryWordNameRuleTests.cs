using WeiduEtl.Parsing.Entities;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A name read as a surname and the letters after it that is really a common word of jieba's dictionary (代表,
/// 纪念日), that opens with one (商量|好), or whose given part is a very common adverb or verb (曾|明确), is no person;
/// names that are rarer words or tagged as names (金花, 高峰, 向阳, 文明) stay, and so do names that speak (明明说).
/// A name that swallowed the next verb's first letter is cut when the shorter name stands alone elsewhere.
/// Made-up lines in county, evening-paper, sports and works-newsletter styles.
/// </summary>
public sealed class DictionaryWordNameRuleTests
{
    [Theory]
    [InlineData("县应急管理局局长曾明确表示，汛期前要完成排查。", "曾明确")]
    [InlineData("“铁人”时反映的问题很快得到了解决。", "时反映")]
    [InlineData("这天是村民纪念日，大家自发来到广场献花。", "纪念日")]
    [InlineData("技术员商量好下一步的方案后，各自回到了岗位。", "商量好")]
    [InlineData("主任代表全体职工发言。", "代表全")]
    [InlineData("文章指出，乡村振兴要靠人才。文章认为，县城是关键。文章强调，要让更多年轻人回乡创业。文章最后说，政策还需落地。", "文章")]
    public void Extract_CommonWordReadAsName_IsNoPerson(string body, string word)
    {
        Assert.DoesNotContain(Entities.People(body), m => m.Name == word);
    }

    [Theory]
    [InlineData("社员金花说：“今年收成好，日子越过越红火。”", "金花")]
    [InlineData("队长王国华说，下半年还要再招十名队员。", "王国华")]
    [InlineData("教练高兴华表示，队伍的状态正在回升。", "高兴华")]
    [InlineData("所长明明说，这批设备下周就能到位。", "明明")]
    [InlineData("老师李永远说，孩子们的进步看得见。", "李永远")]
    [InlineData("厂长张解放介绍，新车间明年投产。", "张解放")]
    [InlineData("县长高峰说，今年要修三条路。", "高峰")]
    [InlineData("村支书向阳介绍，合作社已有社员两百多户。", "向阳")]
    [InlineData("社长文明说，合作社明年要扩大规模。", "文明")]
    [InlineData("诗人苏东坡写道，人有悲欢离合。", "苏东坡")]
    public void Extract_NameThatIsARareWordOrAName_IsAPerson(string body, string name)
    {
        Assert.Contains(Entities.People(body), m => m.Name == name);
    }

    [Fact]
    public void Extract_NameSwallowingAVerbWhoseShortFormRecurs_IsCut()
    {
        var people = Entities.People("副县长宁全随同省调研组走访了三个村。宁全说，这些村去年都已脱贫。");

        Assert.Contains(people, m => m.Name == "宁全");
        Assert.DoesNotContain(people, m => m.Name == "宁全随");
    }

    [Fact]
    public void CommonWords_HoldFrequentWordsButNoPersonNames()
    {
        Assert.True(CommonWords.Find("代表") is { Frequency: > 1000, Tag: "n" });
        Assert.Null(CommonWords.Find("高峰"));
    }
}
