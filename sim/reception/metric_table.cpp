#include "sim/reception/metric_table.h"

#include <array>
#include <vector>

namespace pujiang {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
using F = MetricFormat;

constexpr MetricInfo count(std::string_view name, std::string_view zh, std::string_view en, std::string_view unit,
                           bool headline = false) {
    return {name, zh, en, unit, F::Count, 0.0, kInf, headline};
}
constexpr MetricInfo share(std::string_view name, std::string_view zh, std::string_view en, bool headline = false) {
    return {name, zh, en, "share", F::Share, 0.0, 1.0, headline};
}
constexpr MetricInfo minutes(std::string_view name, std::string_view zh, std::string_view en, bool headline = false) {
    return {name, zh, en, "min", F::Minutes, 0.0, kInf, headline};
}

// In the order of enum Metric.
constexpr std::array<MetricInfo, kMetricCount> kOverall = {{
    count("batches_arrived", "到达批次", "batches arrived", "batches"),
    count("persons_arrived", "到达人次", "persons arrived", "persons"),
    count("people_arrived", "到场人数（含随行）", "people who came", "persons"),
    count("batches_received", "接待批次", "batches received", "batches", true).withColumn("接待批次", "received", true),
    count("persons_received", "接待人次", "persons received", "persons", true).withColumn("接待人次", "persons"),
    count("resolved_on_spot", "当场解决", "resolved on the spot", "batches"),
    count("assigned", "交办限期办理", "assigned with deadline", "batches"),
    count("defined", "定性处理", "defined / explained", "batches"),
    count("referred_legal", "导入法律程序", "referred to legal channel", "batches"),
    share("share_on_spot", "当场解决占比", "share on the spot", true).withColumn("当场解决", "on-spot"),
    share("share_assigned", "交办占比", "share assigned", true).withColumn("交办", "assigned"),
    share("share_defined", "定性处理占比", "share defined"),
    share("share_referred_legal", "导入法律程序占比", "share referred to legal channel"),
    count("reneged", "等候放弃离开", "gave up waiting", "batches", true).withColumn("放弃", "gave up"),
    share("share_reneged", "放弃占到达比例", "share of arrivals who gave up"),
    count("unserved_at_close", "闭馆未接待", "unserved at close", "batches", true).withColumn("未接待", "unserved", true),
    count("no_shows", "预约未到", "no-shows", "batches"),
    count("walk_ins_received", "其中现场来访", "of which walk-ins", "batches"),
    count("appointments_received", "其中预约登记", "of which pre-registered", "batches"),
    minutes("wait_min.mean", "平均等候（分钟）", "mean wait (min)", true).withColumn("平均等候", "mean wait", true),
    minutes("wait_min.p50", "等候中位数（分钟）", "median wait (min)"),
    minutes("wait_min.p90", "等候 90% 分位（分钟）", "90th percentile wait (min)", true).withColumn("等候P90", "p90 wait", true),
    minutes("wait_min.max", "最长等候（分钟）", "longest wait (min)"),
    share("waited_fraction", "需等候的批次占比", "share who waited"),
    minutes("lawyer_wait_min", "等候律师（分钟）", "wait for a lawyer (min)"),
    minutes("time_in_system_min", "平均在场时间（分钟）", "mean time on site (min)", true).withColumn("在场时间", "on site"),
    MetricInfo{"queue_length_avg", "平均排队批次", "mean batches waiting", "batches", F::Ratio, 0.0, kInf, true}.withColumn("平均排队", "queue"),
    count("max_queue_length", "最长排队批次", "most batches waiting", "batches"),
    count("people_on_site_max", "现场最多人数", "most people on site", "persons"),
    share("room_utilization", "接待室利用率", "room utilisation", true).withColumn("利用率", "util", true),
    share("lawyer_utilization", "律师利用率", "lawyer utilisation"),
    minutes("overtime_min", "超时（分钟）", "overtime (min)", true).withColumn("超时", "overtime", true),
    {"last_departure_min", "最后离场时间", "last departure", "clock", F::Clock, 0.0, kInf, false},
    count("top_leader_batches", "主要领导接待批次", "top leader's batches", "batches"),
    count("top_leader_persons", "主要领导接待人次", "top leader's persons", "persons"),
}};

constexpr std::array<MetricInfo, kCategoryMetricCount> kCategory = {{
    count("batches_arrived", "到达批次", "arrived", "batches"),
    count("batches_received", "接待批次", "received", "batches"),
    count("persons_received", "接待人次", "persons", "persons"),
    count("resolved_on_spot", "当场解决", "on-spot", "batches"),
    count("assigned", "交办", "assigned", "batches"),
    count("defined", "定性处理", "defined", "batches"),
    count("referred_legal", "导入法律程序", "legal channel", "batches"),
    count("reneged", "等候放弃", "gave up", "batches"),
    count("unserved_at_close", "闭馆未接待", "unserved", "batches"),
    minutes("wait_min.mean", "平均等候", "mean wait"),
}};

constexpr std::array<MetricInfo, kRoomMetricCount> kRoom = {{
    count("batches_received", "接待批次", "received", "batches"),
    count("persons_received", "接待人次", "persons", "persons"),
    count("resolved_on_spot", "当场解决", "on-spot", "batches"),
    count("assigned", "交办", "assigned", "batches"),
    count("defined", "定性处理", "defined", "batches"),
    count("referred_legal", "导入法律程序", "legal channel", "batches"),
    minutes("wait_min.mean", "平均等候", "mean wait"),
    share("room_utilization", "利用率", "util"),
    minutes("overtime_min", "超时", "overtime"),
}};

constexpr std::array<MetricInfo, kClassMetricCount> kClass = {{
    count("batches_arrived", "到达批次", "arrived", "batches"),
    count("batches_received", "接待批次", "received", "batches"),
    count("reneged", "等候放弃", "gave up", "batches"),
    count("unserved_at_close", "闭馆未接待", "unserved", "batches"),
    minutes("wait_min.mean", "平均等候", "mean wait"),
    minutes("time_in_system_min", "平均在场时间", "time on site"),
}};

}  // namespace

const MetricInfo& metricInfo(Metric m) { return kOverall[static_cast<std::size_t>(m)]; }
const MetricInfo& metricInfo(CategoryMetric m) { return kCategory[static_cast<std::size_t>(m)]; }
const MetricInfo& metricInfo(RoomMetric m) { return kRoom[static_cast<std::size_t>(m)]; }
const MetricInfo& metricInfo(ClassMetric m) { return kClass[static_cast<std::size_t>(m)]; }

namespace {

template <typename Marked>
std::vector<Metric> metricsWhere(Marked marked) {
    std::vector<Metric> out;
    for (std::size_t m = 0; m < kMetricCount; ++m)
        if (marked(kOverall[m])) out.push_back(static_cast<Metric>(m));
    return out;
}

}  // namespace

std::span<const Metric> headlineMetrics() {
    static const std::vector<Metric> kHeadline = metricsWhere([](const MetricInfo& m) { return m.headline; });
    return kHeadline;
}

std::span<const Metric> briefMetrics() {
    static const std::vector<Metric> kBrief = metricsWhere([](const MetricInfo& m) { return m.brief; });
    return kBrief;
}

}  // namespace pujiang
