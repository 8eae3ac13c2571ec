using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Options;
using WeiduEtl.Core.Pipeline;
using WeiduEtl.Core.Text;
using WeiduEtl.Parsing;

namespace WeiduEtl.Tests.Core.Text;

public sealed class StorableTextTests
{
    [Theory]
    [InlineData("正文\uFFFE内容", "正文内容", 1)]
    [InlineData("\uFDD0标题\uFFFF", "标题", 2)]
    [InlineData("平面一\U0001FFFE末尾", "平面一末尾", 1)]
    [InlineData("空字符\0在中间", "空字符在中间", 1)]
    [InlineData("e\u0301 正常文字 \U00020000", "é 正常文字 \U00020000", 0)]
    public void Clean_TextWithNoncharacters_RemovesThemAndNormalizes(string text, string expected, int expectedRemoved)
    {
        Assert.Equal(expected, StorableText.Clean(text, out var removed));
        Assert.Equal(expectedRemoved, removed);
    }

    [Fact]
    public void Clean_UnpairedSurrogate_BecomesReplacementCharacter()
    {
        // Built in code: a lone surrogate does not survive an attribute's metadata.
        var text = "断开" + (char)0xD800 + "的代理对";

        Assert.Equal("断开\uFFFD的代理对", StorableText.Clean(text, out var removed));
        Assert.Equal(1, removed);
    }

    [Fact]
    public void Process_TextPageHoldingUFFFE_StoresTheArticleWithoutItAndWarns()
    {
        using var services = new ServiceCollection().AddWeiduCore().AddWeiduParsing().BuildServiceProvider();
        var processor = services.GetRequiredService<DocumentProcessor>();
        var page = Encoding.UTF8.GetBytes("区里新建三座公园\n\n本报讯 这是一段正文\uFFFE内容，共有3座公园。\n");
        var document = new SourceDocument("nonchar.txt", page, MediaTypes.Text);

        var record = processor.Process(new PipelineOptions { Name = "t", Publication = "某报" }, document);
        var parsed = processor.Parse(document);

        Assert.Contains(record.Articles, a => a.Body.Contains("这是一段正文内容", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("1 code points that are not characters", StringComparison.Ordinal));
    }
}
