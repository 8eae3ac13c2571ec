using WeiduEtl.IntegrationTests.Serving;
using WeiduEtl.IntegrationTests.Support;

namespace WeiduEtl.IntegrationTests.Explore;

/// <summary>
/// One workspace for the explore tests that only read: the seed text page, the district PDF page (stored boxes for
/// the page map, a byline with a reporter) and a text page whose body holds markup, stored by a real run; then
/// <c>serve</c> over it.
/// </summary>
public sealed class ExploredPages : IAsyncLifetime
{
    /// <summary>Text the markup page's body carries, which every page must show as text.</summary>
    public const string Markup = "<b onclick=alert(1)>集成电路</b>&amp;";

    public Workspace Workspace { get; } = new();
    public ServeProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "pages", "district-page.pdf"), Path.Combine(Workspace.Seeds, "district-page.pdf"));
        File.WriteAllText(Path.Combine(Workspace.Seeds, "markup.txt"), $"""
            许昌日报 2024年5月6日 星期一 魏都区

            标记测试稿件

            本报讯（记者 王远）正文里有 {Markup} 这样的字样，也有 NEAR(集成 AND 电路) 和 "引号" 这样的搜索语法。
            """);
        var run = await Workspace.RunAsync("run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Server = await ServeProcess.StartAsync(Workspace);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Workspace.Dispose();
    }
}
