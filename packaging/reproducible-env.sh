# Sourced (with $src set to the checkout) by build-packages.sh and tools/test.sh: the environment
# a reproducible build of this checkout needs. SOURCE_DATE_EPOCH is the time of the commit.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct)}
export TZ=UTC LC_ALL=C.UTF-8
# Qt's resource compiler stamps file times into the binary unless told otherwise.
export QT_RCC_SOURCE_DATE_OVERRIDE=$SOURCE_DATE_EPOCH
umask 022
