using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class ColumnLayoutReaderTests
{
    [Fact]
    public void Unfold_TwoColumnsSideBySide_ReadsLeftColumnThenRight()
    {
        var text = string.Join('\n',
            "跨栏的大标题写在两栏上方的最顶部",
            "左栏第一行文字        右栏第一行文字",
            "左栏第二行文字        右栏第二行文字",
            "左栏第三行文字        右栏第三行文字",
            "左栏第四行文字        右栏第四行文字");

        var lines = ColumnLayoutReader.Unfold(text).Split('\n').Where(l => l.Length > 0).ToList();

        Assert.Equal(
            ["跨栏的大标题写在两栏上方的最顶部", "左栏第一行文字", "左栏第二行文字", "左栏第三行文字", "左栏第四行文字", "右栏第一行文字", "右栏第二行文字", "右栏第三行文字", "右栏第四行文字"],
            lines);
    }

    [Fact]
    public void Unfold_SingleColumnText_IsUnchanged()
    {
        const string text = "本报记者 周晓岚 通讯员 钱立新 文/图\n\n市民在家门口就能办成事,你会怎么评价?";

        Assert.Equal(text, ColumnLayoutReader.Unfold(text));
    }
}
