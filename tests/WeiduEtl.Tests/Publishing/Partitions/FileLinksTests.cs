using WeiduEtl.Publishing.Partitions;
using WeiduEtl.Tests.Support;

namespace WeiduEtl.Tests.Publishing.Partitions;

public sealed class FileLinksTests
{
    [SkippableFact]
    public void LinkOrCopy_OnLinux_HardLinksSoTheTwoNamesShareTheirBytes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "hard links through link(2) are made on Linux; elsewhere the file is copied");
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "previous", "articles", "2019-10.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, "a");
        var target = Path.Combine(temp.Path, "new", "articles", "2019-10.csv");

        FileLinks.LinkOrCopy(source, target);
        File.AppendAllText(source, "b");

        // Only a second name of the same file sees what was written to the first after linking.
        Assert.Equal("ab", File.ReadAllText(target));
    }
}
