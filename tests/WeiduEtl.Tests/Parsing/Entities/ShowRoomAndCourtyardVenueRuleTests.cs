using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Rooms where things are shown or talks given (展示厅, 陈列厅, 报告厅, 多功能厅) and a courtyard house (四合院), on made-up
/// lines in the styles of a village report, a county newsletter and a city daily's culture page: venues, no bodies; a
/// body's name before the room (某某博物馆) stays one, and a museum is still a body.
/// </summary>
public sealed class ShowRoomAndCourtyardVenueRuleTests
{
    [Theory]
    [InlineData("村里建起了农耕文化展示厅，游客络绎不绝。", "展示厅")]
    [InlineData("大家走进非遗陈列厅，驻足观看。", "陈列厅")]
    [InlineData("讲座在学校报告厅举行，座无虚席。", "报告厅")]
    [InlineData("新建的综合楼设有多功能厅和阅览室。", "多功能厅")]
    [InlineData("游客们漫步在古色古香的老北京四合院里。", "四合院")]
    public void Extract_ShowRoomOrCourtyardHouse_IsNoBody(string body, string room) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), o => o.EndsWith(room, StringComparison.Ordinal));

    [Theory]
    [InlineData("河东池盐博物馆展示厅里陈列着古代盐具。", "河东池盐博物馆")]
    [InlineData("中国美术馆举办了一场版画展。", "中国美术馆")]
    public void Extract_BodyBeforeOrBesideTheRoom_StaysABody(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));
}
