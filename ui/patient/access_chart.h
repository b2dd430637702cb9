// Accesses over time: bars per day (per week when the span is longer than 90 days), painted with
// QPainter in the palette's colours, both axes labelled, and an accessible description that
// says the same in words.
#pragma once

#include <QWidget>
#include <cstdint>
#include <vector>

namespace careledger::ui::patient {

class AccessChart : public QWidget {
    Q_OBJECT
public:
    explicit AccessChart(QWidget* parent = nullptr);

    // Unix times of the accesses to show (any order).
    void setTimes(const std::vector<std::uint64_t>& times);
    [[nodiscard]] const std::vector<int>& buckets() const { return buckets_; }
    [[nodiscard]] bool weekly() const { return weekly_; }
    [[nodiscard]] QString summary() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<int> buckets_;
    std::int64_t firstDay_ = 0; // days since the epoch of the first bucket (local time)
    bool weekly_ = false;
    std::size_t total_ = 0;
};

} // namespace careledger::ui::patient
