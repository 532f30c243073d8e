// The readable day report printed by `pujiang run`: means with 95% confidence intervals over the
// replications, then the breakdown by room and by category.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "sim/experiment/run_report.h"

namespace pujiang {

namespace {

enum class Format { Count, Share, Minutes, Clock, Ratio };

struct Line {
    Metric metric;
    const char* zh;
    const char* en;
    Format format;
};

struct Section {
    const char* zh;
    const char* en;
    std::vector<Line> lines;
};

const std::vector<Section>& sections() {
    static const std::vector<Section> kSections = {
        {"接待总量", "Volume",
         {{Metric::BatchesArrived, "到达批次", "batches arrived", Format::Count},
          {Metric::BatchesReceived, "接待批次", "batches received", Format::Count},
          {Metric::PersonsReceived, "接待人次", "persons received", Format::Count},
          {Metric::AppointmentsReceived, "其中预约登记", "  of which pre-registered", Format::Count},
          {Metric::WalkInsReceived, "其中现场来访", "  of which walk-ins", Format::Count},
          {Metric::NoShows, "预约未到", "no-shows", Format::Count},
          {Metric::TopLeaderBatches, "主要领导接待批次", "top leader's batches", Format::Count},
          {Metric::TopLeaderPersons, "主要领导接待人次", "top leader's persons", Format::Count}}},
        {"处理结果", "Outcomes",
         {{Metric::ResolvedOnSpot, "当场解决", "resolved on the spot", Format::Count},
          {Metric::ShareOnSpot, "  占比", "  share", Format::Share},
          {Metric::Assigned, "交办限期办理", "assigned with deadline", Format::Count},
          {Metric::ShareAssigned, "  占比", "  share", Format::Share},
          {Metric::Defined, "定性处理", "defined / explained", Format::Count},
          {Metric::ShareDefined, "  占比", "  share", Format::Share},
          {Metric::ReferredLegal, "导入法律程序", "referred to legal channel", Format::Count},
          {Metric::Reneged, "等候放弃离开", "gave up waiting", Format::Count},
          {Metric::ShareReneged, "  占到达比例", "  share of arrivals", Format::Share},
          {Metric::UnservedAtClose, "闭馆未接待", "unserved at close", Format::Count}}},
        {"等候与拥挤", "Waiting and crowding",
         {{Metric::WaitMean, "平均等候（分钟）", "mean wait (min)", Format::Minutes},
          {Metric::WaitP50, "等候中位数", "median wait", Format::Minutes},
          {Metric::WaitP90, "等候 90% 分位", "90th percentile wait", Format::Minutes},
          {Metric::WaitMax, "最长等候", "longest wait", Format::Minutes},
          {Metric::WaitedFraction, "需等候的批次占比", "share who waited", Format::Share},
          {Metric::TimeInSystemMean, "平均在场时间（分钟）", "mean time on site (min)", Format::Minutes},
          {Metric::QueueLengthAvg, "平均排队批次", "mean batches waiting", Format::Ratio},
          {Metric::MaxQueueLength, "最长排队批次", "most batches waiting", Format::Count},
          {Metric::PeopleOnSiteMax, "现场最多人数", "most people on site", Format::Count}}},
        {"资源", "Resources",
         {{Metric::RoomUtilization, "接待室利用率", "room utilisation", Format::Share},
          {Metric::LawyerUtilization, "律师利用率", "lawyer utilisation", Format::Share},
          {Metric::LawyerWaitMean, "等候律师（分钟）", "wait for a lawyer (min)", Format::Minutes},
          {Metric::LastDeparture, "最后离场时间", "last departure", Format::Clock},
          {Metric::OvertimeMin, "超时（分钟）", "overtime (min)", Format::Minutes}}},
    };
    return kSections;
}

std::string value(double x, Format format) {
    switch (format) {
    case Format::Count: return fmt::format("{:.1f}", x);
    case Format::Share: return fmt::format("{:.1f}%", 100.0 * x);
    case Format::Minutes: return fmt::format("{:.1f}", x);
    case Format::Clock: return formatClock(x);
    case Format::Ratio: return fmt::format("{:.2f}", x);
    }
    return {};
}

// Display width of a UTF-8 string: CJK characters take two columns.
std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++width;
            ++i;
        } else {
            const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            width += length >= 3 ? 2 : 1;
            i += length;
        }
    }
    return width;
}

std::string padRight(std::string_view text, std::size_t width) {
    std::string padded(text);
    for (std::size_t w = displayWidth(text); w < width; ++w) padded += ' ';
    return padded;
}

}  // namespace

std::string formatClock(double minutes) {
    if (!std::isfinite(minutes)) return "--:--";
    const long total = std::lround(minutes);
    const long days = total / (24 * 60);
    const long rest = total % (24 * 60);
    if (days > 0) return fmt::format("{}d {:02}:{:02}", days, rest / 60, rest % 60);
    return fmt::format("{:02}:{:02}", rest / 60, rest % 60);
}

void writeDayReport(std::ostream& out, const RunInfo& info, const Aggregate& aggregate, Language language) {
    const bool zh = language == Language::Zh;
    const ScenarioSpec& spec = *info.spec;
    out << (zh ? "浦江接访推演 · 接待日报告\n" : "Pujiang reception-day simulation · day report\n");
    out << (zh ? "情景：" : "Scenario: ") << spec.name;
    if (!spec.title.empty()) out << " — " << spec.title;
    out << '\n';
    out << (zh ? fmt::format("重复 {} 次，种子 {}；括号内为 95% 置信区间\n", info.replications, info.seed)
               : fmt::format("{} replications, seed {}; brackets give the 95% confidence interval\n",
                             info.replications, info.seed));
    const bool several = info.replications > 1;
    for (const Section& section : sections()) {
        out << '\n' << (zh ? "【" : "[") << (zh ? section.zh : section.en) << (zh ? "】" : "]") << '\n';
        for (const Line& line : section.lines) {
            if (line.metric == Metric::LawyerUtilization || line.metric == Metric::LawyerWaitMean)
                if (spec.lawyers.count == 0) continue;
            if (line.metric == Metric::TopLeaderBatches || line.metric == Metric::TopLeaderPersons) {
                bool hasTop = false;
                for (const RoomSpec& r : spec.rooms) hasTop = hasTop || r.topLeader;
                if (!hasTop) continue;
            }
            const Summary s = aggregate.overall(line.metric);
            out << "  " << padRight(zh ? line.zh : line.en, 28) << fmt::format("{:>10}", value(s.mean, line.format));
            if (several) out << fmt::format("  [{}, {}]", value(s.ciLow, line.format), value(s.ciHigh, line.format));
            out << '\n';
        }
    }

    std::size_t nameWidth = 12;
    for (const RoomSpec& room : spec.rooms) nameWidth = std::max(nameWidth, displayWidth(room.name));
    for (const CategorySpec& c : spec.categories)
        nameWidth = std::max(nameWidth, displayWidth(c.code + " " + (zh ? c.nameZh : c.nameEn)));
    out << '\n' << (zh ? "【各接待室】" : "[Rooms]") << '\n';
    out << "  " << padRight(zh ? "接待室" : "room", nameWidth)
        << (zh ? "  接待批次  当场解决  平均等候  利用率  超时\n" : "  received   on-spot  mean wait   util  overtime\n");
    for (std::size_t r = 0; r < aggregate.roomCount(); ++r) {
        out << "  " << padRight(spec.rooms[r].name, nameWidth)
            << fmt::format("  {:>8.1f}  {:>8.1f}  {:>8.1f}  {:>5.0f}%  {:>5.1f}\n",
                           aggregate.room(r, RoomMetric::BatchesReceived).mean,
                           aggregate.room(r, RoomMetric::ResolvedOnSpot).mean,
                           aggregate.room(r, RoomMetric::WaitMean).mean,
                           100.0 * aggregate.room(r, RoomMetric::Utilization).mean,
                           aggregate.room(r, RoomMetric::OvertimeMin).mean);
    }
    out << '\n' << (zh ? "【各类别】" : "[Categories]") << '\n';
    out << "  " << padRight(zh ? "类别" : "category", nameWidth)
        << (zh ? "  到达批次  接待批次  当场解决  平均等候\n" : "   arrived  received   on-spot  mean wait\n");
    for (std::size_t c = 0; c < aggregate.categoryCount(); ++c) {
        const CategorySpec& category = spec.categories[c];
        const std::string& name = zh ? category.nameZh : category.nameEn;
        out << "  " << padRight(category.code + " " + name, nameWidth)
            << fmt::format("  {:>8.1f}  {:>8.1f}  {:>8.1f}  {:>8.1f}\n",
                           aggregate.category(c, CategoryMetric::BatchesArrived).mean,
                           aggregate.category(c, CategoryMetric::BatchesReceived).mean,
                           aggregate.category(c, CategoryMetric::ResolvedOnSpot).mean,
                           aggregate.category(c, CategoryMetric::WaitMean).mean);
    }
}

}  // namespace pujiang
