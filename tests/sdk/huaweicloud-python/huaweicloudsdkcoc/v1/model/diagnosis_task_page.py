# coding: utf-8

from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization


class DiagnosisTaskPage:

    """
    Attributes:
      openapi_types (dict): The key is attribute name
                            and the value is attribute type.
      attribute_map (dict): The key is attribute name
                            and the value is json key in definition.
    """
    sensitive_list = []

    openapi_types = {
        'total': 'int',
        'data': 'list[DiagnosisTask]'
    }

    attribute_map = {
        'total': 'total',
        'data': 'data'
    }

    def __init__(self, total=None, data=None):
        r"""DiagnosisTaskPage

        The model defined in huaweicloud sdk

        :param total: 一共有多少条数据
        :type total: int
        :param data: data
        :type data: list[:class:`huaweicloudsdkcoc.v1.DiagnosisTask`]
        """
        
        

        self._total = None
        self._data = None
        self.discriminator = None

        if total is not None:
            self.total = total
        if data is not None:
            self.data = data

    @property
    def total(self):
        r"""Gets the total of this DiagnosisTaskPage.

        一共有多少条数据

        :return: The total of this DiagnosisTaskPage.
        :rtype: int
        """
        return self._total

    @total.setter
    def total(self, total):
        r"""Sets the total of this DiagnosisTaskPage.

        一共有多少条数据

        :param total: The total of this DiagnosisTaskPage.
        :type total: int
        """
        self._total = total

    @property
    def data(self):
        r"""Gets the data of this DiagnosisTaskPage.

        data

        :return: The data of this DiagnosisTaskPage.
        :rtype: list[:class:`huaweicloudsdkcoc.v1.DiagnosisTask`]
        """
        return self._data

    @data.setter
    def data(self, data):
        r"""Sets the data of this DiagnosisTaskPage.

        data

        :param data: The data of this DiagnosisTaskPage.
        :type data: list[:class:`huaweicloudsdkcoc.v1.DiagnosisTask`]
        """
        self._data = data

    def to_dict(self):
        result = {}

        for attr, _ in self.openapi_types.items():
            value = getattr(self, attr)
            if isinstance(value, list):
                result[attr] = list(map(
                    lambda x: x.to_dict() if hasattr(x, "to_dict") else x,
                    value
                ))
            elif hasattr(value, "to_dict"):
                result[attr] = value.to_dict()
            elif isinstance(value, dict):
                result[attr] = dict(map(
                    lambda item: (item[0], item[1].to_dict())
                    if hasattr(item[1], "to_dict") else item,
                    value.items()
                ))
            else:
                if attr in self.sensitive_list:
                    result[attr] = "****"
                else:
                    result[attr] = value

        return result

    def to_str(self):
        """Returns the string representation of the model"""
        import simplejson as json
        return json.dumps(sanitize_for_serialization(self), ensure_ascii=False)

    def __repr__(self):
        """For `print`"""
        return self.to_str()

    def __eq__(self, other):
        """Returns true if both objects are equal"""
        if not isinstance(other, DiagnosisTaskPage):
            return False

        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        """Returns true if both objects are not equal"""
        return not self == other
