using System.Text;
using WeiduEtl.Core.Documents;

namespace WeiduEtl.Tests.Core.Documents;

public sealed class PdfEndingTests
{
    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n", false)]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF", false)]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\r\n\0\0\0 -- footer added by a mail gateway --\n", false)]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n", true)]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n2 0 obj\n<< /Type /Page", true)]
    [InlineData("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\nxref\n0 3\n", true)]
    public void IsCutOff_TellsTrailingJunkFromACutOffFile(string pdf, bool cutOff)
    {
        Assert.Equal(cutOff, PdfEnding.IsCutOff(Encoding.Latin1.GetBytes(pdf)));
    }

    [Fact]
    public void IsCutOff_EofFollowedByMoreThanTwoKilobytesOfPadding_IsWhole()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n" + new string(' ', 10_000));

        Assert.False(PdfEnding.IsCutOff(pdf));
    }
}
